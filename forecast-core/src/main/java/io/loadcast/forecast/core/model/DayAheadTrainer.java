package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.AsOfHistory;
import io.loadcast.forecast.core.features.DayAheadFeatures;
import io.loadcast.forecast.core.features.WeatherDays;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * Fits {@link DayAheadModel}: for each training origin and each step of the horizon, the target's features go
 * into the normal equations of its head. With {@code spec.ridge() <= 0} the penalty is chosen on the last year of
 * the training data (the last quarter when there is less than four years): heads are fitted on the earlier origins
 * and scored on the later ones, then refitted on all with the best penalty. With less than two years of history
 * the {@link DayAheadFeatures#SEASONAL_COLUMNS seasonal columns} are left out. Given weather actuals, a {@link
 * WeatherCorrection} is then fitted on the days that have weather ({@link DayAheadWeatherFit}). Exact and
 * deterministic.
 */
final class DayAheadTrainer implements Trainer {

    static final double[] PENALTIES = {1e-5, 1e-4, 1e-3, 1e-2, 3e-2, 1e-1};
    private static final int YEAR = 364 * HalfHourlySeries.STEPS_PER_DAY;
    private static final int TWO_YEARS = 2 * 365 * HalfHourlySeries.STEPS_PER_DAY;

    private final Predicate<Instant> keepOrigin;
    private final WeatherDays weather;

    DayAheadTrainer(Predicate<Instant> keepOrigin) {
        this(keepOrigin, WeatherDays.NONE);
    }

    DayAheadTrainer(Predicate<Instant> keepOrigin, WeatherDays weather) {
        this.keepOrigin = keepOrigin;
        this.weather = weather;
    }

    @Override
    public ForecastModel train(
            List<HalfHourlySeries> series, TrainingSpec trainingSpec, TrainingContext context, EpochListener listener) {
        RidgeSpec spec = Trainer.as(RidgeSpec.class, trainingSpec);
        boolean choose = spec.ridge() <= 0;
        RidgeSystem[] fit = systems();
        RidgeSystem[] held = systems();
        accumulate(series, spec, choose, fit, held);
        double ridge = choose ? choosePenalty(fit, held) : spec.ridge();
        if (choose) {
            for (int k = 0; k < fit.length; k++) {
                fit[k].addAll(held[k]);
            }
        }
        double[][] weights = new double[fit.length][];
        for (int k = 0; k < fit.length; k++) {
            weights[k] = column(fit[k].solve(ridge, 0));
        }
        listener.onEpoch(1, 1, Double.NaN);
        DayAheadModel base = new DayAheadModel(context.provenance(spec.withRidge(ridge), series), weights);
        return weather.isEmpty() ? base : DayAheadWeatherFit.fit(base, series, weather);
    }

    /** Each target's features into its head's system: {@code held} for origins in the held-out last year. */
    private void accumulate(
            List<HalfHourlySeries> series, RidgeSpec spec, boolean choose, RidgeSystem[] fit, RidgeSystem[] held) {
        boolean seasonal = series.stream().anyMatch(s -> s.size() >= TWO_YEARS);
        double[] x = new double[DayAheadFeatures.COUNT];
        double[] y = new double[1];
        for (Origins.Origin pair : Origins.of(series, spec.lookback(), spec.horizon(), spec.stride(), keepOrigin)
                .pairs()) {
            HalfHourlySeries s = series.get(pair.series());
            int origin = pair.index();
            boolean heldOut = choose && origin >= s.size() - Math.min(YEAR, s.size() / 4);
            AsOfHistory history = new AsOfHistory(s.values(), origin, s.timeAt(origin));
            double level = DayAheadFeatures.level(history);
            for (int h = 0; h < spec.horizon(); h++) {
                Instant target = s.timeAt(origin + h);
                DayAheadFeatures.write(history, level, target, x);
                if (!seasonal) {
                    for (int column : DayAheadFeatures.SEASONAL_COLUMNS) {
                        x[column] = 0; // weight stays 0, so the model ignores the column when forecasting too
                    }
                }
                y[0] = s.values()[origin + h] / level - 1;
                (heldOut ? held : fit)[DayAheadFeatures.head(history.originTime(), target)].add(x, y);
            }
        }
    }

    /** The penalty whose heads fitted on the earlier origins have the least squared error on the held-out ones. */
    private static double choosePenalty(RidgeSystem[] fit, RidgeSystem[] held) {
        double ridge = PENALTIES[0];
        double best = Double.POSITIVE_INFINITY;
        for (double penalty : PENALTIES) {
            double error = 0;
            for (int k = 0; k < fit.length; k++) {
                error += held[k].squaredError(fit[k].solve(penalty, 0));
            }
            if (error < best) {
                best = error;
                ridge = penalty;
            }
        }
        return ridge;
    }

    private static double[] column(double[][] w) {
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = w[i][0];
        }
        return out;
    }

    private static RidgeSystem[] systems() {
        RidgeSystem[] out = new RidgeSystem[DayAheadFeatures.HEADS];
        for (int k = 0; k < out.length; k++) {
            out[k] = new RidgeSystem(DayAheadFeatures.COUNT, 1);
        }
        return out;
    }
}
