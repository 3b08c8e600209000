package io.loadcast.forecast.serving;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.evaluation.ConformalIntervals;
import io.loadcast.forecast.core.evaluation.IntervalMethod;
import io.loadcast.forecast.core.evaluation.RecentIntervals;
import io.loadcast.forecast.core.evaluation.ScoredForecast;
import io.loadcast.forecast.core.model.ForecastModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The widths of one origin from the model's recent errors: the model forecasts again from the origins one day, two
 * days, ... {@code weeks} weeks before the origin (same time of day), each from the readings before that past origin,
 * and each step is scored against its reading only when that reading came before the origin served. Every read ends
 * at the origin (exclusive). With fewer than {@code minOrigins} usable past forecasts, the training widths.
 */
final class RecentCalibration {

    private static final int DAY = 48;
    private static final int SLACK = HalfHourlySeries.STEPS_PER_WEEK;

    /** Reads a series' periods in {@code [from, to)}, NaN where no reading came. */
    @FunctionalInterface
    interface Reader {
        HalfHourlySeries read(Instant from, Instant to);
    }

    /** The model's forecast from {@code history} (gap-filled, ending at {@code origin}). */
    @FunctionalInterface
    interface PastForecast {
        double[] predict(double[] history, Instant origin, int horizon);
    }

    /** The widths of a forecast and where they came from. */
    record Widths(ConformalIntervals intervals, IntervalMethod method) {}

    private final IntervalProperties config;

    RecentCalibration(IntervalProperties config) {
        this.config = config;
    }

    Widths at(ForecastModel model, ConformalIntervals training, Instant origin, Reader reader, PastForecast forecast) {
        List<ScoredForecast> recent = recent(model, training, origin, reader, forecast);
        if (recent.size() < config.minOrigins()) {
            return new Widths(training, IntervalMethod.TRAINING);
        }
        int horizon = Math.min(training.horizon(), model.maxHorizon());
        return new Widths(
                RecentIntervals.perStep(training, recent, horizon, config.poolSteps()), IntervalMethod.RECENT);
    }

    /** The past forecasts with the steps read before {@code origin}; none when the history is too short for any. */
    List<ScoredForecast> recent(
            ForecastModel model, ConformalIntervals training, Instant origin, Reader reader, PastForecast forecast) {
        int horizon = Math.min(training.horizon(), model.maxHorizon());
        int span = config.weeks() * HalfHourlySeries.STEPS_PER_WEEK + model.lookback() + SLACK;
        HalfHourlySeries raw = reader.read(origin.minus(HalfHourlySeries.STEP.multipliedBy(span)), origin);
        if (raw.size() == 0) {
            return List.of();
        }
        HalfHourlySeries series = raw.paddedTo(origin);
        double[] observed = series.values();
        double[] filled =
                series.missingCount() == 0 ? observed : series.filled().values();
        int n = observed.length;
        List<ScoredForecast> out = new ArrayList<>();
        for (int k = 1; k <= config.weeks() * 7; k++) {
            int at = n - k * DAY;
            if (at < model.lookback()) {
                break;
            }
            double[] actual = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                actual[h] = at + h < n ? observed[at + h] : Double.NaN;
            }
            if (Arrays.stream(actual).allMatch(Double::isNaN)) {
                continue;
            }
            double[] f = forecast.predict(Arrays.copyOf(filled, at), series.timeAt(at), horizon);
            out.add(new ScoredForecast(actual, f));
        }
        return out;
    }
}
