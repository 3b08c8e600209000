package io.loadcast.forecast.serving;

import io.loadcast.contracts.ForecastPoint;
import io.loadcast.forecast.core.evaluation.IntervalMethod;
import io.loadcast.forecast.core.model.WeatherUse;
import java.time.Instant;
import java.util.List;

/**
 * A served forecast.
 *
 * @param seriesId the series
 * @param origin the forecast origin: only readings strictly before it were used
 * @param modelName the registered model
 * @param modelVersion its version
 * @param points one point per half-hour with 80% and 95% conformal intervals
 * @param weather whether the model's weather correction was applied ({@code NOT_USED} for models without one;
 *     {@code UNAVAILABLE}: it has one, but no weather forecast was known at the origin, so it was left out)
 * @param intervals where the bands' widths came from: {@code RECENT}, the model's errors over the weeks before the
 *     origin, or {@code TRAINING}, its training run's backtest (too little history, or recent widths switched off)
 */
public record Forecast(
        String seriesId,
        Instant origin,
        String modelName,
        String modelVersion,
        List<ForecastPoint> points,
        WeatherUse weather,
        IntervalMethod intervals) {}
