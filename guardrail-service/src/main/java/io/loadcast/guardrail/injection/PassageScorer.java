package io.loadcast.guardrail.injection;

import io.loadcast.guardrail.obfuscation.Deobfuscated;
import io.loadcast.guardrail.obfuscation.Deobfuscator;
import java.util.function.Function;

/**
 * Indirect injection: the injection model on a retrieved passage's head and on each of its short segments
 * ({@link PassageSegments}), keeping the highest score. A passage that merely talks about instructions scores low
 * everywhere; one with an order to the model hidden in a line scores high on that line.
 */
public final class PassageScorer {

    /** The score of a passage with an order addressed to the AI reader, above any calibrated passage threshold. */
    public static final double CUE_SCORE = 0.99;

    private final InjectionModel model;
    private final Function<String, float[]> embeddings;
    private final Deobfuscator deobfuscator;
    private final int maxSegments;

    public PassageScorer(
            InjectionModel model, Function<String, float[]> embeddings, Deobfuscator deobfuscator, int maxSegments) {
        this.model = model;
        this.embeddings = embeddings;
        this.deobfuscator = deobfuscator;
        this.maxSegments = maxSegments;
    }

    /**
     * The highest injection probability over the passage's head and its segments, at least {@link #CUE_SCORE} when
     * a segment gives an order to the AI reader ({@link AddressedInstructions}).
     */
    public double score(String passage) {
        Deobfuscated clean = deobfuscator.normalize(passage);
        String head = FeatureTable.head(clean.text());
        double best = model.probability(clean, embeddings.apply(head));
        for (String segment : PassageSegments.of(clean.text(), maxSegments)) {
            if (AddressedInstructions.matches(segment)) {
                best = Math.max(best, CUE_SCORE);
            }
            if (!segment.equals(head)) {
                Deobfuscated part =
                        new Deobfuscated(segment, clean.invisible(), clean.homoglyphs(), clean.leet(), clean.base64());
                best = Math.max(best, model.probability(part, embeddings.apply(segment)));
            }
        }
        return best;
    }
}
