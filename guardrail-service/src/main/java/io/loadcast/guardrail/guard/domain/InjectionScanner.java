package io.loadcast.guardrail.guard.domain;

import io.loadcast.guardrail.GuardrailProperties;
import io.loadcast.guardrail.embedding.TextEmbedder;
import io.loadcast.guardrail.injection.FeatureTable;
import io.loadcast.guardrail.injection.InjectionDetector;
import io.loadcast.guardrail.obfuscation.Deobfuscated;
import org.springframework.stereotype.Component;

/**
 * Scores texts longer than the embedding's 512-token window: the first window (whose embedding the caller already
 * has) and up to {@code maxWindows - 1} more spread evenly over the rest, keeping the highest score, so an
 * instruction buried at the end of a long document is still seen.
 */
@Component
class InjectionScanner {

    static final int HEAD_CHARS = FeatureTable.HEAD_CHARS;

    private final InjectionDetector detector;
    private final TextEmbedder embedder;
    private final int windowChars;
    private final int maxWindows;

    InjectionScanner(InjectionDetector detector, TextEmbedder embedder, GuardrailProperties properties) {
        this.detector = detector;
        this.embedder = embedder;
        this.windowChars = properties.injection().windowChars();
        this.maxWindows = properties.injection().maxWindows();
    }

    double score(Deobfuscated text, float[] headEmbedding) {
        double best = detector.score(text, headEmbedding);
        String s = text.text();
        if (s.length() <= HEAD_CHARS) {
            return best;
        }
        int remaining = s.length() - HEAD_CHARS;
        int windows = Math.min(maxWindows - 1, (remaining + windowChars - 1) / windowChars);
        for (int i = 0; i < windows; i++) {
            int start = HEAD_CHARS + (int) ((long) i * Math.max(0, remaining - windowChars) / Math.max(1, windows - 1));
            String window = s.substring(start, Math.min(s.length(), start + windowChars));
            Deobfuscated part =
                    new Deobfuscated(window, text.invisible(), text.homoglyphs(), text.leet(), text.base64());
            best = Math.max(best, detector.score(part, embedder.embed(window)));
        }
        return best;
    }

    double threshold() {
        return detector.threshold();
    }
}
