package io.loadcast.registry.promotion;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of evaluating a challenger against the champion.
 *
 * @param status what was decided
 * @param improvementPercent how much lower the challenger's error is, in percent of the champion's
 * @param evidence which measurement of the champion {@code championMetric} is: SAME_WINDOW (backtested by the
 *     challenger's trainer on the challenger's window), SAME_DATASET (the champion's own run on the same dataset)
 *     or NONE
 */
public record PromotionDecision(
        String modelName,
        String version,
        DecisionStatus status,
        String reason,
        @Nullable String championVersion,
        @Nullable Double challengerMetric,
        @Nullable Double championMetric,
        @Nullable Double improvementPercent,
        PromotionEvidence evidence) {}
