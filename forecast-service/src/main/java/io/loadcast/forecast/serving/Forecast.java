package io.loadcast.forecast.serving;

import io.loadcast.contracts.ForecastPoint;
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
 */
public record Forecast(
        String seriesId, Instant origin, String modelName, String modelVersion, List<ForecastPoint> points) {}
