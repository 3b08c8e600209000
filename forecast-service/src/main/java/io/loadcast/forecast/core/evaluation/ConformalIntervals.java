package io.loadcast.forecast.core.evaluation;

import java.util.Arrays;
import java.util.List;

/**
 * Split conformal prediction intervals (Vovk et al. 2005; Lei et al., "Distribution-free predictive inference
 * for regression", 2018), one per horizon step: the half-width is the ceil((n+1)(1-alpha))-th smallest absolute
 * residual of n calibration forecasts, so a future error is inside with probability at least 1-alpha when errors
 * are exchangeable.
 *
 * @param halfWidth80 half-width of the 80% interval by step
 * @param halfWidth95 half-width of the 95% interval by step
 */
public record ConformalIntervals(double[] halfWidth80, double[] halfWidth95) {

    /** @param pairs each {actual[], forecast[]} of the calibration forecasts */
    public static ConformalIntervals calibrate(List<double[][]> pairs, int horizon) {
        double[] w80 = new double[horizon];
        double[] w95 = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            final int step = h;
            double[] residuals = pairs.stream()
                    .filter(p -> p[0].length > step)
                    .mapToDouble(p -> Math.abs(p[0][step] - p[1][step]))
                    .sorted()
                    .toArray();
            w80[h] = quantile(residuals, 0.2);
            w95[h] = quantile(residuals, 0.05);
        }
        return new ConformalIntervals(w80, w95);
    }

    private static double quantile(double[] sorted, double alpha) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int k = (int) Math.ceil((sorted.length + 1) * (1 - alpha));
        return sorted[Math.min(sorted.length, k) - 1];
    }

    /** The share of actual values inside the interval of the given level, over all steps of all forecasts. */
    public double coverage(List<double[][]> pairs, int level) {
        double[] widths = level == 95 ? halfWidth95 : halfWidth80;
        long inside = 0;
        long total = 0;
        for (double[][] p : pairs) {
            for (int h = 0; h < Math.min(p[0].length, widths.length); h++) {
                total++;
                if (Math.abs(p[0][h] - p[1][h]) <= widths[h]) {
                    inside++;
                }
            }
        }
        return total == 0 ? Double.NaN : (double) inside / total;
    }

    public int horizon() {
        return halfWidth80.length;
    }

    @Override
    public String toString() {
        return "ConformalIntervals" + Arrays.toString(halfWidth80);
    }
}
