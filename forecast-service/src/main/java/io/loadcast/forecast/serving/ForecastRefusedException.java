package io.loadcast.forecast.serving;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.starter.problem.LoadcastProblemException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Why a forecast cannot be served, one factory per condition; the shared {@code ProblemHandler} renders it as an
 * RFC 9457 problem (slug, status, detail and the offending {@code field}).
 */
public final class ForecastRefusedException extends LoadcastProblemException {

    private ForecastRefusedException(HttpStatus status, String slug, String title, String detail) {
        super(status, slug, title, detail);
    }

    private static ForecastRefusedException of(
            HttpStatus status, String slug, String title, String detail, String field) {
        ForecastRefusedException e = new ForecastRefusedException(status, slug, title, detail);
        e.with("field", field);
        return e;
    }

    static ForecastRefusedException horizonOutOfRange(int horizon, int max) {
        return of(
                HttpStatus.BAD_REQUEST,
                "horizon-out-of-range",
                "Horizon out of range",
                "horizon must be between 1 and " + max + " half-hours, was " + horizon,
                "horizon");
    }

    static ForecastRefusedException horizonBeyondModel(LoadedModel loaded, int max) {
        return of(
                HttpStatus.BAD_REQUEST,
                "horizon-out-of-range",
                "Horizon out of range",
                "model " + loaded.name() + " v" + loaded.version() + " forecasts at most " + max + " half-hours",
                "horizon");
    }

    static ForecastRefusedException originInFuture(Instant origin, Instant now) {
        return of(
                HttpStatus.BAD_REQUEST,
                "origin-in-future",
                "Origin in the future",
                "origin " + origin + " is after now (" + now + "); as-of forecasts need an origin in the past",
                "origin");
    }

    static ForecastRefusedException originOffGrid(Instant origin) {
        return of(
                HttpStatus.BAD_REQUEST,
                "origin-off-grid",
                "Origin not on a half-hour",
                "origin " + origin + " must be the start of a half-hour period",
                "origin");
    }

    static ForecastRefusedException noModel(String seriesId, @Nullable String version) {
        return of(
                HttpStatus.NOT_FOUND,
                "no-model",
                "No model for series",
                "no model version " + (version == null ? "is served" : version + " exists") + " for series " + seriesId
                        + "; train one with POST /api/v1/training-runs",
                version == null ? "seriesId" : "modelVersion");
    }

    static ForecastRefusedException noHistory(String seriesId, int halfHours, Instant end, boolean asOf) {
        return of(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "no-history",
                "No history before origin",
                "series " + seriesId + " has no readings in the " + halfHours + " half-hours before " + end,
                asOf ? "origin" : "seriesId");
    }

    static ForecastRefusedException tooLittleHistory(String seriesId, int need, Instant origin, HalfHourlySeries had) {
        return of(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "too-little-history",
                "Too little history",
                "model needs " + need + " half-hours before " + origin + ", series " + seriesId + " has "
                        + (had.size() - had.missingCount()) + " readings there",
                "origin");
    }

    static ForecastRefusedException unknownSeries(String detail) {
        return of(HttpStatus.NOT_FOUND, "unknown-series", "Unknown series", detail, "seriesId");
    }

    static ForecastRefusedException ingestUnavailable(String detail) {
        return new ForecastRefusedException(
                HttpStatus.SERVICE_UNAVAILABLE, "ingest-unavailable", "Readings unavailable", detail);
    }
}
