package io.loadcast.forecast.bindings;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.evaluation.Backtest;
import io.loadcast.forecast.core.evaluation.ForecastErrors;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.series.SeriesSource;
import java.time.Instant;
import java.util.List;

/**
 * Backtests two models on exactly the same recent window of one series: the same gap-filled readings before
 * {@code end}, the same origins (every 12 h over the last {@code weeks} weeks), the same horizon (the shorter of the
 * two) and MASE scale; each forecast sees only the periods before its origin ({@link Backtest#run}).
 */
final class SameWindow {

    /** The two errors by the metric, and the span of data read. */
    record Figures(double challenger, double incumbent, Instant from, Instant to) {}

    private static final int STRIDE = HalfHourlySeries.STEPS_PER_DAY / 2;

    private final SeriesSource source;

    SameWindow(SeriesSource source) {
        this.source = source;
    }

    /** @throws IllegalArgumentException when the series is too short or too gappy for the window */
    Figures compare(
            String seriesId, ForecastModel challenger, ForecastModel incumbent, Instant end, int weeks, String metric) {
        int steps = weeks * HalfHourlySeries.STEPS_PER_WEEK;
        int lookback = Math.max(HalfHourlySeries.STEPS_PER_WEEK, Math.max(challenger.lookback(), incumbent.lookback()));
        int horizon = Math.min(challenger.maxHorizon(), incumbent.maxHorizon());
        Instant start =
                end.minus(HalfHourlySeries.STEP.multipliedBy(steps + lookback + HalfHourlySeries.STEPS_PER_WEEK));
        HalfHourlySeries raw = source.readings(seriesId, start, end);
        int known = raw.size() - raw.missingCount();
        if (raw.size() < steps + lookback || known < raw.size() / 2) {
            throw new IllegalArgumentException(seriesId + " has " + known + " readings before " + end + "; a " + weeks
                    + "-week comparison needs " + (steps + lookback));
        }
        HalfHourlySeries series = raw.filled();
        double scale = ForecastErrors.seasonalNaiveScale(
                series.slice(0, series.size() - steps).values(), HalfHourlySeries.STEPS_PER_WEEK);
        return new Figures(
                error(challenger, series, steps, horizon, scale, metric),
                error(incumbent, series, steps, horizon, scale, metric),
                start,
                end);
    }

    private static double error(
            ForecastModel model, HalfHourlySeries series, int steps, int horizon, double scale, String metric) {
        ForecastErrors e = Backtest.run(model, List.of(series), steps, horizon, STRIDE, scale)
                .errors();
        return switch (metric) {
            case "mae" -> e.mae();
            case "smape" -> e.smape();
            case "mase" -> e.mase();
            case "rmse" -> e.rmse();
            default -> e.mape();
        };
    }
}
