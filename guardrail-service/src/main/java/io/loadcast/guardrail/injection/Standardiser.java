package io.loadcast.guardrail.injection;

/** Z-score standardisation fitted on training features; constant features keep a unit scale. */
final class Standardiser {

    private Standardiser() {}

    static void fit(double[][] x, double[] mean, double[] std) {
        int d = mean.length;
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / x.length;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                std[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
            }
        }
        for (int j = 0; j < d; j++) {
            std[j] = std[j] < 1e-12 ? 1 : Math.sqrt(std[j]);
        }
    }

    static double[][] apply(double[][] x, double[] mean, double[] std) {
        double[][] z = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            z[i] = new double[mean.length];
            for (int j = 0; j < mean.length; j++) {
                z[i][j] = (x[i][j] - mean[j]) / std[j];
            }
        }
        return z;
    }
}
