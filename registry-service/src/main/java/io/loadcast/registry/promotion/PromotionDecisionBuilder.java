package io.loadcast.registry.promotion;

import io.loadcast.registry.models.ModelVersion;
import org.jspecify.annotations.Nullable;

/** Collects the figures of a decision so that every outcome is recorded the same way. */
record PromotionDecisionBuilder(
        ModelVersion challenger,
        @Nullable String championVersion,
        @Nullable Double challengerMetric,
        @Nullable Double championMetric,
        @Nullable Double improvementPercent,
        PromotionEvidence evidence) {

    /** A decision without figures: no metric to compare, an approval, an override. */
    static PromotionDecisionBuilder unmeasured(ModelVersion challenger) {
        return new PromotionDecisionBuilder(challenger, null, null, null, null, PromotionEvidence.NONE);
    }

    /** A decision on the challenger's metric alone, before anything could be compared with it. */
    static PromotionDecisionBuilder measured(ModelVersion challenger, double challengerMetric) {
        return new PromotionDecisionBuilder(challenger, null, challengerMetric, null, null, PromotionEvidence.NONE);
    }

    /** The same decision, naming the champion it was taken against (none for a model's first version). */
    PromotionDecisionBuilder withChampion(@Nullable String version) {
        return new PromotionDecisionBuilder(
                challenger, version, challengerMetric, championMetric, improvementPercent, evidence);
    }

    PromotionDecision record(Promotion promotion, DecisionStatus status, String reason, String actor) {
        return promotion.record(
                new PromotionDecision(
                        challenger.name(),
                        challenger.version(),
                        status,
                        reason,
                        championVersion,
                        challengerMetric,
                        championMetric,
                        improvementPercent,
                        evidence),
                actor);
    }
}
