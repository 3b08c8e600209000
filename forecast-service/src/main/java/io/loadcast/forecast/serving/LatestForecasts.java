package io.loadcast.forecast.serving;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * After each new half-hour of a series, issues the forecast from the next half-hour and hands it to the
 * publisher; keeps the latest forecast per series so live error can be measured when the actual arrives.
 */
@Service
public class LatestForecasts {

    private static final Logger log = LoggerFactory.getLogger(LatestForecasts.class);

    private final ForecastService forecasts;
    private final ForecastSink sink;
    private final Map<String, Forecast> latest = new ConcurrentHashMap<>();

    LatestForecasts(ForecastService forecasts, ForecastSink sink) {
        this.forecasts = forecasts;
        this.sink = sink;
    }

    /** The latest forecast issued for {@code seriesId}. */
    public Optional<Forecast> latest(String seriesId) {
        return Optional.ofNullable(latest.get(seriesId));
    }

    /** Called for each new reading; issues and publishes the forecast from the half-hour after it. */
    public Optional<Forecast> onReading(String seriesId, Instant timestamp, int horizon) {
        Forecast previous = latest.get(seriesId);
        Instant origin = timestamp.plus(HalfHourlySeries.STEP);
        if (previous != null && !origin.isAfter(previous.origin())) {
            return Optional.empty();
        }
        try {
            Forecast forecast = forecasts.forecast(seriesId, origin, horizon, null);
            latest.put(seriesId, forecast);
            sink.publish(forecast);
            return Optional.of(forecast);
        } catch (RuntimeException e) {
            log.debug("no forecast issued for {} at {}: {}", seriesId, origin, e.getMessage());
            return Optional.empty();
        }
    }
}
