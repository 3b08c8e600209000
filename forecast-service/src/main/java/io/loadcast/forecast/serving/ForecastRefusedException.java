package io.loadcast.forecast.serving;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Why a forecast cannot be served, one factory per condition; the shared {@code ProblemHandler} renders it as an
 * RFC 9457 problem (slug, status, detail and the offending {@code field}).
 */
public final class ForecastRefusedException extends LoadcastProblemException {

    private ForecastRefusedException(ProblemType type, String detail) {
        super(type, detail);
    }

    private static ForecastRefusedException of(ProblemType type, String detail, String field) {
        ForecastRefusedException e = new ForecastRefusedException(type, detail);
        e.with("field", field);
        return e;
    }

    static ForecastRefusedException horizonOutOfRange(int horizon, int max) {
        return of(
                ProblemType.HORIZON_OUT_OF_RANGE,
                "horizon must be between 1 and " + max + " half-hours, was " + horizon,
                "horizon");
    }

    static ForecastRefusedException horizonBeyondModel(LoadedModel loaded, int max) {
        return of(
                ProblemType.HORIZON_OUT_OF_RANGE,
                "model " + loaded.name() + " v" + loaded.version() + " forecasts at most " + max + " half-hours",
                "horizon");
    }

    static ForecastRefusedException originInFuture(Instant origin, Instant now) {
        return of(
                ProblemType.ORIGIN_IN_FUTURE,
                "origin " + origin + " is after now (" + now + "); as-of forecasts need an origin in the past",
                "origin");
    }

    static ForecastRefusedException originOffGrid(Instant origin) {
        return of(
                ProblemType.ORIGIN_OFF_GRID, "origin " + origin + " must be the start of a half-hour period", "origin");
    }

    static ForecastRefusedException noModel(String seriesId, @Nullable String version) {
        return of(
                ProblemType.NO_MODEL,
                "no model version " + (version == null ? "is served" : version + " exists") + " for series " + seriesId
                        + "; train one with POST /api/v1/training-runs",
                version == null ? "seriesId" : "modelVersion");
    }

    static ForecastRefusedException noHistory(String seriesId, int halfHours, Instant end, boolean asOf) {
        return of(
                ProblemType.NO_HISTORY,
                "series " + seriesId + " has no readings in the " + halfHours + " half-hours before " + end,
                asOf ? "origin" : "seriesId");
    }

    static ForecastRefusedException tooLittleHistory(String seriesId, int need, Instant origin, HalfHourlySeries had) {
        return of(
                ProblemType.TOO_LITTLE_HISTORY,
                "model needs " + need + " half-hours before " + origin + ", series " + seriesId + " has "
                        + (had.size() - had.missingCount()) + " readings there",
                "origin");
    }

    static ForecastRefusedException unknownSeries(String detail) {
        return of(ProblemType.SERIES_NOT_FOUND, detail, "seriesId");
    }

    static ForecastRefusedException ingestUnavailable(String detail) {
        return new ForecastRefusedException(ProblemType.INGEST_UNAVAILABLE, detail);
    }
}
