package io.loadcast.guardrail.guard.domain;

import io.loadcast.guardrail.GuardrailProperties;
import io.loadcast.guardrail.embedding.TextEmbedder;
import io.loadcast.guardrail.injection.InjectionDetector;
import io.loadcast.guardrail.injection.PassageScorer;
import io.loadcast.guardrail.obfuscation.Deobfuscator;
import org.springframework.stereotype.Component;

/** The service's {@link PassageScorer}: the loaded injection model and the cached embedder. */
@Component
public class IndirectInjectionScanner {

    private final PassageScorer scorer;
    private final double threshold;

    IndirectInjectionScanner(
            InjectionDetector detector,
            TextEmbedder embedder,
            Deobfuscator deobfuscator,
            GuardrailProperties properties) {
        this.scorer = new PassageScorer(
                detector.model(),
                embedder::embed,
                deobfuscator,
                properties.passages().maxSegments());
        this.threshold = detector.model().passageThresholdOrDefault();
    }

    /** The highest injection probability over the passage's head and its segments. */
    public double score(String passage) {
        return scorer.score(passage);
    }

    /** The model's passage threshold (the caller's policy may override it). */
    public double threshold() {
        return threshold;
    }
}
