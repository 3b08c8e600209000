package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.util.List;

/**
 * Fits {@link RLinearModel} by ridge regression in closed form on windows of every series (channel-independent,
 * shared weights). With {@code spec.ridge() <= 0} the penalty is chosen on the last quarter of each series:
 * fitted on windows whose targets end before it, scored on windows starting in it, then refitted on all.
 */
final class RLinearTrainer implements Trainer {

    static final double[] PENALTIES = {1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1};

    @Override
    public ForecastModel train(
            List<HalfHourlySeries> series, TrainingSpec trainingSpec, TrainingContext context, EpochListener listener) {
        RidgeSpec spec = Trainer.as(RidgeSpec.class, trainingSpec);
        int lookback = spec.lookback();
        boolean choose = spec.ridge() <= 0;
        RidgeSystem fit = new RidgeSystem(lookback + 1, spec.horizon());
        RidgeSystem held = new RidgeSystem(lookback + 1, spec.horizon());
        accumulate(series, spec, choose, fit, held);
        double ridge = choose ? choosePenalty(fit, held, lookback) : spec.ridge();
        if (choose) {
            fit.addAll(held);
        }
        double[][] weights = fit.solve(ridge, lookback);
        listener.onEpoch(1, 1, fit.squaredError(weights) / Math.max(1, fit.samples() * spec.horizon()));
        return new RLinearModel(context.provenance(spec.withRidge(ridge), series), weights);
    }

    /** Each origin's window into {@code fit}, or into {@code held} when it lies in a series' last quarter. */
    private static void accumulate(
            List<HalfHourlySeries> series, RidgeSpec spec, boolean choose, RidgeSystem fit, RidgeSystem held) {
        int lookback = spec.lookback();
        int horizon = spec.horizon();
        double[] x = new double[lookback + 1];
        double[] y = new double[horizon];
        for (Origins.Origin pair :
                Origins.of(series, lookback, horizon, spec.stride()).pairs()) {
            double[] values = series.get(pair.series()).values();
            int origin = pair.index();
            int split = values.length - values.length / 4;
            if (choose && origin < split && origin + horizon > split) {
                continue; // its targets reach into the held-out quarter
            }
            RLinearModel.Scale scale = RLinearModel.normalise(values, origin, lookback, x);
            for (int h = 0; h < horizon; h++) {
                y[h] = scale.normalise(values[origin + h]);
            }
            (choose && origin >= split ? held : fit).add(x, y);
        }
    }

    /** The penalty whose fit on the earlier origins has the least squared error on the held-out ones. */
    private static double choosePenalty(RidgeSystem fit, RidgeSystem held, int lookback) {
        double ridge = PENALTIES[0];
        double best = Double.POSITIVE_INFINITY;
        for (double penalty : PENALTIES) {
            double error = held.squaredError(fit.solve(penalty, lookback));
            if (error < best) {
                best = error;
                ridge = penalty;
            }
        }
        return ridge;
    }
}
