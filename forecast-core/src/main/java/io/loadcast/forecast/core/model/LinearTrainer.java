package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.CalendarFeatures;
import io.loadcast.forecast.core.features.Window;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * Fits {@link LinearModel} by ridge regression in closed form, one solve per horizon step. The look-back block
 * of the normal equations is shared by every step and accumulated once; only the calendar block differs by step.
 * Exact and deterministic, so the seed has nothing to choose.
 */
final class LinearTrainer implements Trainer {

    private final Predicate<Instant> keepOrigin;

    LinearTrainer(Predicate<Instant> keepOrigin) {
        this.keepOrigin = keepOrigin;
    }

    @Override
    public ForecastModel train(
            List<HalfHourlySeries> series, TrainingSpec trainingSpec, TrainingContext context, EpochListener listener) {
        RidgeSpec spec = Trainer.as(RidgeSpec.class, trainingSpec);
        int lookback = spec.lookback();
        int horizon = spec.horizon();
        Origins origins = Origins.of(series, lookback, horizon, spec.stride(), keepOrigin);
        NormalEquations equations = new NormalEquations(lookback, horizon, CalendarFeatures.COUNT + 1);
        double[][][] calendars = new double[series.size()][][];
        for (int k = 0; k < series.size(); k++) {
            calendars[k] = calendar(series.get(k));
        }
        for (Origins.Origin pair : origins.pairs()) {
            HalfHourlySeries s = series.get(pair.series());
            Window window = Window.before(s.values(), pair.index(), lookback);
            double[] x = window.normalised();
            equations.addWindow(x);
            for (int h = 0; h < horizon; h++) {
                double y = window.normalise(s.values()[pair.index() + h]);
                equations.addTarget(h, x, calendars[pair.series()][pair.index() + h], y);
            }
        }
        double penalty = spec.ridge() * origins.size();
        double[][] weights = new double[horizon][];
        for (int h = 0; h < horizon; h++) {
            NormalEquations e = equations;
            weights[h] = solve(e.gxx, e.gxc[h], e.gcc[h], e.bx[h], e.bc[h], penalty);
            listener.onEpoch(h + 1, horizon, Double.NaN);
        }
        return new LinearModel(context.provenance(spec, series), weights);
    }

    /**
     * The normal equations of every step, in blocks: look-back x look-back (shared by the steps, upper triangle),
     * look-back x calendar and calendar x calendar per step, and the right-hand sides.
     */
    private static final class NormalEquations {
        final double[][] gxx;
        final double[][][] gxc;
        final double[][][] gcc;
        final double[][] bx;
        final double[][] bc;

        NormalEquations(int lookback, int horizon, int cal) {
            gxx = new double[lookback][lookback];
            gxc = new double[horizon][lookback][cal];
            gcc = new double[horizon][cal][cal];
            bx = new double[horizon][lookback];
            bc = new double[horizon][cal];
        }

        void addWindow(double[] x) {
            for (int i = 0; i < x.length; i++) {
                double xi = x[i];
                double[] gi = gxx[i];
                for (int j = i; j < x.length; j++) {
                    gi[j] += xi * x[j];
                }
            }
        }

        void addTarget(int h, double[] x, double[] c, double y) {
            double[][] gxch = gxc[h];
            for (int i = 0; i < x.length; i++) {
                double xi = x[i];
                double[] row = gxch[i];
                for (int k = 0; k < c.length; k++) {
                    row[k] += xi * c[k];
                }
                bx[h][i] += xi * y;
            }
            for (int k = 0; k < c.length; k++) {
                for (int l = 0; l < c.length; l++) {
                    gcc[h][k][l] += c[k] * c[l];
                }
                bc[h][k] += c[k] * y;
            }
        }
    }

    private static double[][] calendar(HalfHourlySeries s) {
        double[][] out = new double[s.size()][CalendarFeatures.COUNT + 1];
        for (int i = 0; i < s.size(); i++) {
            CalendarFeatures.write(s.timeAt(i), out[i], 0);
            out[i][CalendarFeatures.COUNT] = 1;
        }
        return out;
    }

    private static double[] solve(
            double[][] gxx, double[][] gxc, double[][] gcc, double[] bx, double[] bc, double penalty) {
        int lookback = gxx.length;
        int cal = gcc.length;
        int p = lookback + cal;
        double[][] a = new double[p][p];
        for (int i = 0; i < lookback; i++) {
            for (int j = i; j < lookback; j++) {
                a[i][j] = gxx[i][j];
                a[j][i] = gxx[i][j];
            }
            for (int k = 0; k < cal; k++) {
                a[i][lookback + k] = gxc[i][k];
                a[lookback + k][i] = gxc[i][k];
            }
        }
        for (int k = 0; k < cal; k++) {
            System.arraycopy(gcc[k], 0, a[lookback + k], lookback, cal);
        }
        // the bias (last column) is not penalised; a tiny jitter keeps one-hot columns solvable
        for (int i = 0; i < p - 1; i++) {
            a[i][i] += penalty + 1e-8;
        }
        a[p - 1][p - 1] += 1e-8;
        double[] b = new double[p];
        System.arraycopy(bx, 0, b, 0, lookback);
        System.arraycopy(bc, 0, b, lookback, cal);
        return Cholesky.solve(a, b);
    }
}
