package io.loadcast.forecast.training.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A training request.
 *
 * @param seriesIds series to train on
 * @param datasetId dataset snapshot, instead of a range
 * @param from range start (inclusive)
 * @param to range end (exclusive)
 * @param model family: seasonal-naive, linear, rlinear, rlinear-ensemble, day-ahead, lstm, gru, auto (the
 *     candidate with the lowest validation error, or the mean of the top ones when that validates better) or ensemble
 *     (auto's search among the means of the top ones only)
 * @param hyperparameters overrides of the family's defaults, bound onto its spec record: lookback, horizon, stride,
 *     seed and, by family, ridge (linear, day-ahead, rlinear, rlinear-ensemble) or epochs, learningRate, hidden,
 *     batchSize (lstm, gru); seasonal-naive and auto take horizon and seed only, ensemble also lookback; every family takes backtestWeeks.
 *     A key the family does not have is a 400 {@code unknown-hyperparameter} naming it
 * @param modelName registered model name (default forecast-&lt;first series&gt;)
 * @param timeout longest the run may take (ISO-8601, e.g. PT2H; default {@code training.timeout})
 */
record TrainingRequest(
        @NotEmpty List<@NotBlank String> seriesIds,
        @Nullable String datasetId,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable String model,
        @Nullable Map<String, String> hyperparameters,
        @Nullable String modelName,
        @Nullable Duration timeout) {}
