package io.loadcast.edge;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.data.SeriesAssembler;
import io.loadcast.forecast.core.data.TimedValue;
import io.loadcast.forecast.core.model.ForecastModel;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A forecast from the device's readings with the steps forecast-service's {@code ForecastService} takes, so both give
 * the same numbers for the same readings (the parity test in forecast-service proves it for every family): the
 * look-back plus a week of readings strictly before the origin, put on the half-hour grid from the first reading,
 * padded with gaps up to the origin, gaps filled causally (a week, else a day earlier, else the last value), the
 * model's prediction, and the conformal half-widths of the artifact around each point.
 */
final class LocalForecast {

    /** History read beyond the model's look-back, so gaps can be filled from a week earlier (as the service). */
    private static final int SLACK = HalfHourlySeries.STEPS_PER_WEEK;

    private LocalForecast() {}

    static EdgeForecast forecast(
            LoadedChampion champion,
            String seriesId,
            @Nullable Instant origin,
            int horizon,
            List<TimedValue> readings,
            Instant now) {
        ForecastModel model = champion.artifact().model();
        check(origin, horizon, model.maxHorizon(), now);
        HalfHourlySeries history = history(seriesId, model.lookback(), origin, readings, now);
        double[] filled = history.missingCount() == 0
                ? history.values()
                : history.filled().values();
        Instant effectiveOrigin = history.end();
        double[] values = model.predict(filled, effectiveOrigin, horizon);
        return new EdgeForecast(
                seriesId,
                effectiveOrigin,
                champion.name(),
                champion.version(),
                champion.artifact().intervals().points(values, effectiveOrigin));
    }

    private static void check(@Nullable Instant origin, int horizon, int maxHorizon, Instant now) {
        if (horizon < 1 || horizon > maxHorizon) {
            throw new EdgeForecastException(
                    Refusal.HORIZON_OUT_OF_RANGE,
                    "horizon " + horizon + " is outside 1.." + maxHorizon + " (the model's trained horizon)");
        }
        if (origin != null && origin.isAfter(now)) {
            throw new EdgeForecastException(
                    Refusal.ORIGIN_IN_FUTURE, "origin " + origin + " is after the device's clock " + now);
        }
        if (origin != null && origin.getEpochSecond() % HalfHourlySeries.STEP.getSeconds() != 0) {
            throw new EdgeForecastException(
                    Refusal.ORIGIN_OFF_GRID, "origin " + origin + " is not the start of a half-hour");
        }
    }

    private static HalfHourlySeries history(
            String seriesId, int need, @Nullable Instant origin, List<TimedValue> readings, Instant now) {
        Instant end = origin != null ? origin : now.plus(HalfHourlySeries.STEP);
        Instant from = end.minus(HalfHourlySeries.STEP.multipliedBy(need + SLACK));
        HalfHourlySeries raw = SeriesAssembler.assemble(
                seriesId,
                readings.stream()
                        .filter(r ->
                                !r.timestamp().isBefore(from) && r.timestamp().isBefore(end))
                        .toList());
        if (raw.size() == 0) {
            throw new EdgeForecastException(
                    Refusal.NO_HISTORY,
                    "no reading of " + seriesId + " in the " + (need + SLACK) + " half-hours before " + end);
        }
        Instant effectiveOrigin = origin != null ? origin : raw.end();
        HalfHourlySeries history = raw.paddedTo(effectiveOrigin);
        if (history.size() < need || history.size() - history.missingCount() < need / 2) {
            throw new EdgeForecastException(
                    Refusal.TOO_LITTLE_HISTORY,
                    seriesId + " has " + (history.size() - history.missingCount()) + " readings in the "
                            + history.size() + " half-hours before " + effectiveOrigin + "; the model needs " + need
                            + " half-hours, at least half of them known");
        }
        return history;
    }
}
