package io.loadcast.forecast.drift;

import io.loadcast.contracts.DriftStatistic;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Drift of a series' inputs now.
 *
 * @param seriesId the series
 * @param reference where the reference came from: {@code training} or {@code preceding-window}
 * @param referenceSize readings in the reference
 * @param windowStart first live reading compared
 * @param windowEnd end of the last live reading compared (exclusive)
 * @param liveSize live readings compared
 * @param statistics each statistic with its threshold
 * @param liveMae mean absolute error of served forecasts against arriving readings, when any
 * @param liveErrors how many readings that error is over
 */
public record DriftReport(
        String seriesId,
        String reference,
        int referenceSize,
        @Nullable Instant windowStart,
        @Nullable Instant windowEnd,
        int liveSize,
        List<Score> statistics,
        @Nullable Double liveMae,
        long liveErrors) {

    /**
     * @param statistic which
     * @param score its value
     * @param threshold configured threshold
     * @param drifted score above threshold
     */
    public record Score(DriftStatistic statistic, double score, double threshold, boolean drifted) {}
}
