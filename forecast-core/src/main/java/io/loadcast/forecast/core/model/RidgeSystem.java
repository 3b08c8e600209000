package io.loadcast.forecast.core.model;

/**
 * The normal equations of a ridge regression with {@code outputs} targets sharing one design: {@code G = X'X},
 * {@code B = X'Y} and {@code Y'Y} are accumulated sample by sample, so penalties can be compared on held-out
 * samples without keeping them: the held-out squared error of weights {@code W} is
 * {@code tr(Y'Y) - 2 tr(W'B) + tr(W'GW)} of the held-out system.
 */
final class RidgeSystem {

    private final double[][] g;
    private final double[][] b;
    private final double[] yy;
    private long samples;

    RidgeSystem(int features, int outputs) {
        g = new double[features][features];
        b = new double[features][outputs];
        yy = new double[outputs];
    }

    /** Adds one sample: features {@code x} and its targets {@code y}. */
    void add(double[] x, double[] y) {
        int p = x.length;
        for (int i = 0; i < p; i++) {
            double xi = x[i];
            if (xi == 0) {
                continue;
            }
            double[] gi = g[i];
            for (int j = i; j < p; j++) {
                gi[j] += xi * x[j];
            }
            double[] bi = b[i];
            for (int o = 0; o < y.length; o++) {
                bi[o] += xi * y[o];
            }
        }
        for (int o = 0; o < y.length; o++) {
            yy[o] += y[o] * y[o];
        }
        samples++;
    }

    void addAll(RidgeSystem other) {
        for (int i = 0; i < g.length; i++) {
            for (int j = i; j < g.length; j++) {
                g[i][j] += other.g[i][j];
            }
            for (int o = 0; o < yy.length; o++) {
                b[i][o] += other.b[i][o];
            }
        }
        for (int o = 0; o < yy.length; o++) {
            yy[o] += other.yy[o];
        }
        samples += other.samples;
    }

    long samples() {
        return samples;
    }

    /**
     * Weights {@code [feature][output]} minimising squared error plus {@code lambda * samples * |w|^2}; feature
     * {@code unpenalised} (the bias, or -1 for none) is left free. A tiny jitter keeps one-hot columns solvable.
     */
    double[][] solve(double lambda, int unpenalised) {
        int p = g.length;
        double penalty = lambda * Math.max(1, samples);
        double[][] a = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                a[i][j] = g[i][j];
                a[j][i] = g[i][j];
            }
            a[i][i] += (i == unpenalised ? 0 : penalty) + 1e-8 * (1 + g[i][i]);
        }
        return Cholesky.solveAll(a, b);
    }

    /** Squared error of {@code w} summed over this system's samples and outputs. */
    double squaredError(double[][] w) {
        int p = g.length;
        double total = 0;
        for (int o = 0; o < yy.length; o++) {
            double quad = 0;
            double lin = 0;
            for (int i = 0; i < p; i++) {
                lin += w[i][o] * b[i][o];
                double row = g[i][i] * w[i][o];
                for (int j = i + 1; j < p; j++) {
                    row += 2 * g[i][j] * w[j][o];
                }
                quad += w[i][o] * row;
            }
            total += yy[o] - 2 * lin + quad;
        }
        return total;
    }
}
