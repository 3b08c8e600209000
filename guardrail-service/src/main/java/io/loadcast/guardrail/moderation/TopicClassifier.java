package io.loadcast.guardrail.moderation;

import io.loadcast.guardrail.GuardrailProperties;
import io.loadcast.guardrail.embedding.TextEmbedder;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Places a text relative to the configured domain by cosine similarity of bge-small embeddings to short
 * descriptions of the allowed topics (embedded once at start). Denied topics are {@link HarmClassifier}'s.
 */
@Component
public class TopicClassifier {

    /**
     * @param allowedSimilarity highest cosine similarity to an allowed topic
     */
    public record TopicScores(double allowedSimilarity) {

        /** Grows as the text leaves the domain: 1 - similarity to the nearest allowed topic. */
        public double offTopicScore() {
            return clamp(1 - allowedSimilarity);
        }

        private static double clamp(double v) {
            return Math.max(0, Math.min(1, v));
        }
    }

    private final List<float[]> allowed;

    public TopicClassifier(TextEmbedder embedder, GuardrailProperties properties) {
        this.allowed =
                properties.topics().allowed().stream().map(embedder::embed).toList();
    }

    public TopicScores score(float[] embedding) {
        return new TopicScores(max(allowed, embedding));
    }

    private static double max(List<float[]> topics, float[] embedding) {
        double best = topics.isEmpty() ? 1 : -1;
        for (float[] t : topics) {
            best = Math.max(best, TextEmbedder.cosine(t, embedding));
        }
        return best;
    }
}
