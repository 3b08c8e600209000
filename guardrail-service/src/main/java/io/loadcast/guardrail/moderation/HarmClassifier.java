package io.loadcast.guardrail.moderation;

import io.loadcast.guardrail.embedding.TextEmbedder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Harm categories (violence and threats, weapons and explosives, self-harm) and denied topics (medical, legal,
 * financial advice, politics) by bge-small cosine similarity to hand-written exemplars ({@code
 * moderation/harm-exemplars.txt}): a text's score for a category is its highest similarity to one of the category's
 * exemplars. It reuses the text's embedding from the injection check, so it costs a few dozen dot products.
 */
@Component
public class HarmClassifier {

    static final String EXEMPLARS = "moderation/harm-exemplars.txt";

    /** The nearest category and the similarity to its nearest exemplar. */
    public record Match(HarmCategory category, double similarity) {}

    private final Map<HarmCategory, List<float[]>> exemplars = new EnumMap<>(HarmCategory.class);

    public HarmClassifier(TextEmbedder embedder) {
        for (String[] line : lines()) {
            exemplars
                    .computeIfAbsent(HarmCategory.valueOf(line[0]), k -> new ArrayList<>())
                    .add(embedder.embed(line[1]));
        }
    }

    /** The best-matching harm category (violence, weapons, self-harm) of a text's embedding. */
    public Match harm(float[] embedding) {
        return nearest(embedding, true);
    }

    /** The best-matching denied topic of a text's embedding. */
    public Match deniedTopic(float[] embedding) {
        return nearest(embedding, false);
    }

    private Match nearest(float[] embedding, boolean harm) {
        Match best = null;
        for (Map.Entry<HarmCategory, List<float[]>> e : exemplars.entrySet()) {
            if (e.getKey().harm() != harm) {
                continue;
            }
            for (float[] x : e.getValue()) {
                double s = TextEmbedder.cosine(x, embedding);
                if (best == null || s > best.similarity()) {
                    best = new Match(e.getKey(), s);
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("no exemplars in " + EXEMPLARS);
        }
        return best;
    }

    private static List<String[]> lines() {
        try (InputStream in = new ClassPathResource(EXEMPLARS).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", 2))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + EXEMPLARS, e);
        }
    }
}
