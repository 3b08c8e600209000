package io.loadcast.forecast.bindings;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of comparing a model that would take over a series with the model serving it, both backtested on the
 * same recent window of that series.
 *
 * @param metric the promotion policy's metric ({@code mape} by default)
 * @param challengerError the challenger's value of the metric on the window
 * @param incumbentError the incumbent's value on the same window
 * @param improvementPercent how much lower the challenger's error is, in percent of the incumbent's
 * @param windowFrom start of the data read (the first origin is a look-back later)
 * @param windowTo end of the window (exclusive)
 */
public record TakeoverDecision(
        long id,
        Instant decidedAt,
        String seriesId,
        String challengerModel,
        String challengerVersion,
        String incumbentModel,
        String incumbentVersion,
        TakeoverOutcome outcome,
        String metric,
        @Nullable Double challengerError,
        @Nullable Double incumbentError,
        @Nullable Double improvementPercent,
        @Nullable Instant windowFrom,
        @Nullable Instant windowTo,
        String reason) {

    /** The model that serves the series after this decision. */
    public String winner() {
        return outcome == TakeoverOutcome.TOOK_OVER ? challengerModel : incumbentModel;
    }
}
