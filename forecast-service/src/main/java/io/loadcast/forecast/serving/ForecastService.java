package io.loadcast.forecast.serving;

import io.loadcast.contracts.ForecastPoint;
import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.evaluation.ConformalIntervals;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.recent.HistoryBlocks;
import io.loadcast.forecast.recent.RecentReadings;
import io.loadcast.forecast.series.SourceUnavailableException;
import io.loadcast.forecast.series.UnknownSeriesException;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Serves forecasts. With an origin, only readings strictly before it are read and used, so an as-of forecast
 * never changes when later readings arrive; without one, the origin is the half-hour after the latest reading.
 */
@Service
public class ForecastService {

    /** History read beyond the model's look-back, so gaps can be filled from a week earlier. */
    private static final int SLACK = HalfHourlySeries.STEPS_PER_WEEK;

    private final ServingModels models;
    private final HistoryBlocks history;
    private final RecentReadings recent;
    private final ForecastProperties properties;
    private final Clock clock;
    private final Timer latency;
    private final Timer failed;

    ForecastService(
            ServingModels models,
            HistoryBlocks history,
            RecentReadings recent,
            ForecastProperties properties,
            MeterRegistry meters,
            Clock clock) {
        this.models = models;
        this.history = history;
        this.recent = recent;
        this.properties = properties;
        this.clock = clock;
        this.latency = Timer.builder("loadcast.forecast.serving.latency")
                .tag("outcome", "ok")
                .register(meters);
        this.failed = Timer.builder("loadcast.forecast.serving.latency")
                .tag("outcome", "error")
                .register(meters);
    }

    public Forecast forecast(String seriesId, @Nullable Instant origin, int horizon, @Nullable String version) {
        long start = System.nanoTime();
        boolean ok = false;
        try {
            Forecast forecast = compute(seriesId, origin, horizon, version);
            ok = true;
            return forecast;
        } finally {
            (ok ? latency : failed).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private Forecast compute(String seriesId, @Nullable Instant origin, int horizon, @Nullable String version) {
        if (horizon < 1 || horizon > properties.maxHorizon()) {
            throw new LoadcastProblemException(
                            ProblemType.HORIZON_OUT_OF_RANGE,
                            "horizon must be between 1 and " + properties.maxHorizon() + " half-hours, was " + horizon)
                    .with("field", "horizon");
        }
        Instant now = clock.instant();
        if (origin != null && origin.isAfter(now)) {
            throw new LoadcastProblemException(
                            ProblemType.ORIGIN_IN_FUTURE,
                            "origin " + origin + " is after now (" + now
                                    + "); as-of forecasts need an origin in the past")
                    .with("field", "origin");
        }
        if (origin != null && origin.getEpochSecond() % HalfHourlySeries.STEP.getSeconds() != 0) {
            throw new LoadcastProblemException(
                            ProblemType.ORIGIN_OFF_GRID,
                            "origin " + origin + " must be the start of a half-hour period")
                    .with("field", "origin");
        }
        LoadedModel loaded = models.pick(seriesId, origin, version)
                .orElseThrow(() -> new LoadcastProblemException(
                                ProblemType.NO_MODEL,
                                "no model version " + (version == null ? "is served" : version + " exists")
                                        + " for series " + seriesId + "; train one with POST /api/v1/training-runs")
                        .with("field", version == null ? "seriesId" : "modelVersion"));
        ForecastModel model = loaded.artifact().model();
        if (horizon > model.maxHorizon()) {
            throw new LoadcastProblemException(
                            ProblemType.HORIZON_OUT_OF_RANGE,
                            "model " + loaded.name() + " v" + loaded.version() + " forecasts at most "
                                    + model.maxHorizon() + " half-hours")
                    .with("field", "horizon");
        }
        int need = model.lookback();
        Instant end = origin != null ? origin : now.plus(HalfHourlySeries.STEP);
        HalfHourlySeries raw = read(seriesId, end.minus(HalfHourlySeries.STEP.multipliedBy(need + SLACK)), end);
        if (raw.size() == 0) {
            throw new LoadcastProblemException(
                            ProblemType.NO_HISTORY,
                            "series " + seriesId + " has no readings in the " + (need + SLACK) + " half-hours before "
                                    + end)
                    .with("field", origin != null ? "origin" : "seriesId");
        }
        Instant effectiveOrigin = origin != null ? origin : raw.end();
        HalfHourlySeries history = new HalfHourlySeries(seriesId, raw.start(), padTo(raw, effectiveOrigin));
        int missing = history.missingCount();
        int known = history.size() - missing;
        if (history.size() < need || known < need / 2) {
            throw new LoadcastProblemException(
                            ProblemType.TOO_LITTLE_HISTORY,
                            "model needs " + need + " half-hours before " + effectiveOrigin + ", series " + seriesId
                                    + " has " + known + " readings there")
                    .with("field", "origin");
        }
        double[] filled = missing == 0 ? history.values() : history.filled().values();
        double[] values = model.predict(filled, effectiveOrigin, horizon);
        return new Forecast(
                seriesId,
                effectiveOrigin,
                loaded.name(),
                loaded.version(),
                points(values, effectiveOrigin, loaded.artifact().intervals()));
    }

    /**
     * From the recent window when it covers the range, else from the history blocks (read from ingest-service once
     * per block): the same readings either way.
     */
    private HalfHourlySeries read(String seriesId, Instant from, Instant to) {
        try {
            return recent.readings(seriesId, from, to).orElseGet(() -> history.readings(seriesId, from, to));
        } catch (UnknownSeriesException e) {
            throw new LoadcastProblemException(ProblemType.SERIES_NOT_FOUND, e.getMessage()).with("field", "seriesId");
        } catch (SourceUnavailableException e) {
            throw new LoadcastProblemException(ProblemType.INGEST_UNAVAILABLE, e.getMessage());
        }
    }

    /** The values from the series start up to the origin, NaN where no reading came. */
    private static double[] padTo(HalfHourlySeries raw, Instant origin) {
        int length = (int) Math.max(0, raw.indexOf(origin));
        double[] out = Arrays.copyOf(raw.values(), length);
        for (int i = Math.min(raw.size(), length); i < length; i++) {
            out[i] = Double.NaN;
        }
        return out;
    }

    private static List<ForecastPoint> points(double[] values, Instant origin, ConformalIntervals intervals) {
        List<ForecastPoint> points = new ArrayList<>(values.length);
        long step = HalfHourlySeries.STEP.getSeconds();
        for (int h = 0; h < values.length; h++) {
            double w80 = intervals.halfWidth80()[Math.min(h, intervals.horizon() - 1)];
            double w95 = intervals.halfWidth95()[Math.min(h, intervals.horizon() - 1)];
            double v = values[h];
            // plusSeconds, not Duration.multipliedBy: the latter goes through BigInteger, per point
            points.add(new ForecastPoint(origin.plusSeconds(step * h), v, v - w80, v + w80, v - w95, v + w95));
        }
        return points;
    }
}
