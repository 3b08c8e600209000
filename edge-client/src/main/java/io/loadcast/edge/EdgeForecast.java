package io.loadcast.edge;

import io.loadcast.contracts.ForecastPoint;
import java.time.Instant;
import java.util.List;

/**
 * A forecast made on the device, shaped as forecast-service's answer to {@code POST /api/v1/forecasts}.
 *
 * @param seriesId the series
 * @param origin the start of the first period forecast: only readings strictly before it were used
 * @param modelName the registered model
 * @param modelVersion its version
 * @param points one point per half-hour with the 80% and 95% conformal intervals
 */
public record EdgeForecast(
        String seriesId, Instant origin, String modelName, String modelVersion, List<ForecastPoint> points) {}
