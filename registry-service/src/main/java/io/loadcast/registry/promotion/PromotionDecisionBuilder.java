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

    PromotionDecision record(Promotion promotion, String status, String reason, String actor) {
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
