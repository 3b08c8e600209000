package io.loadcast.forecast.weather;

import io.loadcast.forecast.core.features.WeatherDays;
import java.time.Instant;

/** Where weather covariates come from (ingest-service in production, a test's HTTP stand-in in tests). */
public interface WeatherSource {

    /**
     * The stored actuals over {@code [from, to)} as local days (empty when none are stored): what training fits the
     * correction on and backtests score it with ("actuals as forecast").
     *
     * @throws WeatherUnavailableException when ingest-service cannot be read
     */
    WeatherDays actuals(Instant from, Instant to);

    /**
     * The weather known at {@code origin} for the days around it up to {@code to}: actuals before the origin, and
     * from the origin on the latest forecast issued at or before it.
     *
     * @throws WeatherUnavailableException when ingest-service cannot be read
     */
    WeatherDays knownAt(Instant origin, Instant to);
}
