package io.loadcast.forecast.drift;

import io.loadcast.contracts.DriftStatistic;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Drift of a series now: of its forecast error (live residuals against the serving model's backtest residuals) and of
 * its inputs (the live window against the same weeks a year earlier).
 *
 * @param seriesId the series
 * @param modelName the model whose forecasts the live residuals are errors of ({@code none} before any was served)
 * @param modelVersion its version whose backtest is the residual reference ({@code none} without one)
 * @param reference where the input reference came from: {@code same-season} or {@code none} (no readings a year
 *     earlier, so input drift is not judged)
 * @param referenceSize readings in the input reference
 * @param residualReferenceSize residuals in the model's backtest reference
 * @param windowStart first live reading compared
 * @param windowEnd end of the last live reading compared (exclusive)
 * @param liveSize live readings compared
 * @param liveResiduals live residuals compared
 * @param statistics each statistic of each feature with its threshold
 * @param liveMae mean absolute error of served forecasts at the watched lead time, when any
 * @param liveErrors how many readings that error is over
 */
public record DriftReport(
        String seriesId,
        String modelName,
        String modelVersion,
        String reference,
        int referenceSize,
        int residualReferenceSize,
        @Nullable Instant windowStart,
        @Nullable Instant windowEnd,
        int liveSize,
        int liveResiduals,
        List<Score> statistics,
        @Nullable Double liveMae,
        long liveErrors) {

    /** What a statistic compares. */
    public enum Feature {
        /** the readings themselves, against the same season a year earlier */
        VALUE,
        /** actual minus served forecast, against the serving model's backtest */
        RESIDUAL;

        /** The name on {@code ml.drift.v1}'s {@code feature} field. */
        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param feature what is compared
     * @param statistic which
     * @param score its value
     * @param threshold configured threshold
     * @param drifted score above threshold
     * @param windowStart first live value of this feature compared
     */
    public record Score(
            Feature feature,
            DriftStatistic statistic,
            double score,
            double threshold,
            boolean drifted,
            @Nullable Instant windowStart) {}
}
