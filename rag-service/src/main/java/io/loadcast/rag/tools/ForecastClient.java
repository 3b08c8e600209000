package io.loadcast.rag.tools;

import io.loadcast.rag.http.ResilientHttp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks forecast-service for the coming demand. When forecast-service has no readings before now (422: the history
 * ends earlier, as the demo data does), it asks ingest-service for the series' latest reading and forecasts from
 * there, saying which origin it used. Never throws: a failure becomes a reason the answer states.
 */
public final class ForecastClient {

    private static final Logger log = LoggerFactory.getLogger(ForecastClient.class);
    private static final int NO_READINGS = 422;

    private final ResilientHttp http;
    private final ForecastApi api;
    private final SeriesFacts series;
    private final Failures failures;
    private final int horizon;
    private final Clock clock;

    ForecastClient(ResilientHttp http, SeriesFacts series, Failures failures, int horizon, Clock clock) {
        this.http = http;
        this.api = http.client(ForecastApi.class);
        this.series = series;
        this.failures = failures;
        this.horizon = horizon;
        this.clock = clock;
    }

    ToolResult forecast(String seriesId) {
        try {
            return result(call(seriesId, null), null);
        } catch (ResilientHttp.CallFailed e) {
            if (Failures.status(e).orElse(0) != NO_READINGS) {
                log.warn("forecast-service failed for {}: {}", seriesId, e.getMessage());
                return ToolResult.unavailable(
                        ToolKind.FORECAST, seriesId, failures.reason("forecast-service", seriesId, e));
            }
            return fromLatestReading(seriesId, failures.reason("forecast-service", seriesId, e));
        }
    }

    /** "Now" has no data: forecast from just after the latest reading ingest-service holds. */
    private ToolResult fromLatestReading(String seriesId, String why) {
        Optional<SeriesFacts.LatestOrigin> latest;
        try {
            latest = series.originAfterLatest(seriesId, clock.instant());
        } catch (ResilientHttp.CallFailed e) {
            return ToolResult.unavailable(
                    ToolKind.FORECAST, seriesId, why + "; " + failures.reason("ingest-service", seriesId, e));
        }
        if (latest.isEmpty()) {
            return ToolResult.unavailable(
                    ToolKind.FORECAST, seriesId, why + "; ingest-service holds no readings of " + seriesId);
        }
        try {
            return result(call(seriesId, latest.get().origin()), latest.get().latestReading());
        } catch (ResilientHttp.CallFailed e) {
            return ToolResult.unavailable(
                    ToolKind.FORECAST, seriesId, failures.reason("forecast-service", seriesId, e));
        }
    }

    private ForecastFact call(String seriesId, @Nullable Instant origin) {
        return http.call(
                "forecast-service", () -> api.forecast(new ForecastApi.ForecastRequest(seriesId, origin, horizon)));
    }

    private static ToolResult result(@Nullable ForecastFact fact, @Nullable Instant latestReading) {
        if (fact == null || fact.points() == null || fact.points().isEmpty()) {
            String id = fact == null ? "the series" : fact.seriesId();
            return ToolResult.unavailable(
                    ToolKind.FORECAST, id, "forecast-service returned an empty forecast for " + id);
        }
        return ToolResult.of(
                ToolKind.FORECAST,
                fact.seriesId(),
                "Live forecast " + fact.seriesId() + " (model " + fact.modelName() + " " + fact.modelVersion()
                        + ", issued " + fact.origin() + ")",
                fact.summary(latestReading));
    }
}
