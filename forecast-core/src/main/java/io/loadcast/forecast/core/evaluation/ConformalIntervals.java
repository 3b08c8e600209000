package io.loadcast.forecast.core.evaluation;

import io.loadcast.contracts.ForecastPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Split conformal prediction intervals (Vovk et al. 2005; Lei et al., "Distribution-free predictive inference
 * for regression", 2018), one per horizon step: the half-width is the ceil((n+1)(1-alpha))-th smallest absolute
 * residual of n calibration forecasts, so a future error is inside with probability at least 1-alpha when errors
 * are exchangeable. That rank exists only when n >= (1-alpha)/alpha (4 residuals for 80%, 19 for 95%); below it the
 * finite-sample quantile is infinite, and taking the largest residual instead (as a clamp would) makes the 80% and
 * 95% bands collapse to one width. So a step with too few residuals pools those of the nearest steps (errors of
 * neighbouring steps are alike) until the rank exists; the 95% half-width is never below the 80% one. With no
 * calibration forecast at all the widths are NaN (no interval).
 *
 * @param halfWidth80 half-width of the 80% interval by step
 * @param halfWidth95 half-width of the 95% interval by step
 */
public record ConformalIntervals(double[] halfWidth80, double[] halfWidth95) {

    /** @param pairs the calibration forecasts */
    public static ConformalIntervals calibrate(List<ScoredForecast> pairs, int horizon) {
        double[] w80 = new double[horizon];
        double[] w95 = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            w80[h] = pooledQuantile(pairs, h, horizon, 0.2);
            w95[h] = Math.max(w80[h], pooledQuantile(pairs, h, horizon, 0.05));
        }
        return new ConformalIntervals(w80, w95);
    }

    /** The conformal quantile of step {@code h}'s residuals, pooled with the nearest steps' until its rank exists. */
    private static double pooledQuantile(List<ScoredForecast> pairs, int h, int horizon, double alpha) {
        double[] pooled = new double[0];
        for (int radius = 0; radius < horizon; radius++) {
            pooled = residuals(pairs, Math.max(0, h - radius), Math.min(horizon - 1, h + radius));
            if (rank(pooled.length, alpha) <= pooled.length) {
                return pooled[rank(pooled.length, alpha) - 1];
            }
        }
        // fewer residuals in the whole horizon than the rank needs: the finite-sample quantile is infinite
        return pooled.length == 0 ? Double.NaN : Double.POSITIVE_INFINITY;
    }

    /** The conformal rank (1-based) of the {@code 1 - alpha} quantile of {@code n} residuals; above n: none. */
    static int rank(int n, double alpha) {
        return (int) Math.ceil((n + 1) * (1 - alpha));
    }

    /** The absolute errors of the observed steps {@code fromStep..toStep} of every forecast, sorted. */
    static double[] residuals(List<ScoredForecast> pairs, int fromStep, int toStep) {
        return pairs.stream()
                .flatMapToDouble(p -> java.util.stream.IntStream.rangeClosed(fromStep, Math.min(toStep, p.steps() - 1))
                        .filter(p::observed)
                        .mapToDouble(step -> Math.abs(p.error(step))))
                .sorted()
                .toArray();
    }

    /**
     * The share of actual values inside the interval of the given level, over all observed steps of all forecasts.
     */
    public double coverage(List<ScoredForecast> pairs, int level) {
        double[] widths = level == 95 ? halfWidth95 : halfWidth80;
        long inside = 0;
        long total = 0;
        for (ScoredForecast p : pairs) {
            for (int h = 0; h < Math.min(p.steps(), widths.length); h++) {
                if (!p.observed(h)) {
                    continue;
                }
                total++;
                if (Math.abs(p.error(h)) <= widths[h]) {
                    inside++;
                }
            }
        }
        return total == 0 ? Double.NaN : (double) inside / total;
    }

    public int horizon() {
        return halfWidth80.length;
    }

    /**
     * The forecast points of {@code values} (step h starts at {@code origin + h * 30 min}) with their 80 % and 95 %
     * bands; steps beyond the calibrated horizon take the last step's widths. forecast-service and edge-client answer
     * with these, so both give the same bands for the same model.
     */
    public List<ForecastPoint> points(double[] values, Instant origin) {
        List<ForecastPoint> points = new ArrayList<>(values.length);
        long step = 1800L;
        for (int h = 0; h < values.length; h++) {
            double w80 = halfWidth80[Math.min(h, horizon() - 1)];
            double w95 = halfWidth95[Math.min(h, horizon() - 1)];
            double v = values[h];
            // plusSeconds, not Duration.multipliedBy: the latter goes through BigInteger, per point
            points.add(new ForecastPoint(origin.plusSeconds(step * h), v, v - w80, v + w80, v - w95, v + w95));
        }
        return points;
    }

    @Override
    public String toString() {
        return "ConformalIntervals" + Arrays.toString(halfWidth80);
    }
}
