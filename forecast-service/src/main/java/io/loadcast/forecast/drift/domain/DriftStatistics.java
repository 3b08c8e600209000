package io.loadcast.forecast.drift.domain;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/** Distances between a reference sample and a live sample of an input. */
public final class DriftStatistics {

    private static final int PSI_BINS = 10;
    private static final double PSI_FLOOR = 1e-4;

    private DriftStatistics() {}

    /** Two-sample Kolmogorov-Smirnov statistic: the largest gap between the empirical CDFs (Commons Math). */
    public static double ks(double[] reference, double[] live) {
        return new KolmogorovSmirnovTest().kolmogorovSmirnovStatistic(reference, live);
    }

    /**
     * Population stability index over the reference's deciles: sum of (live% - ref%) * ln(live% / ref%), with
     * empty bins floored at 1e-4 (Yurdakul, "Statistical properties of population stability index", 2018).
     */
    public static double psi(double[] reference, double[] live) {
        double[] sorted = reference.clone();
        Arrays.sort(sorted);
        double[] edges = new double[PSI_BINS - 1];
        for (int i = 1; i < PSI_BINS; i++) {
            edges[i - 1] = sorted[(int) Math.floor((double) i * (sorted.length - 1) / PSI_BINS)];
        }
        double[] ref = shares(reference, edges);
        double[] cur = shares(live, edges);
        double psi = 0;
        for (int b = 0; b < PSI_BINS; b++) {
            psi += (cur[b] - ref[b]) * Math.log(cur[b] / ref[b]);
        }
        return psi;
    }

    /**
     * First Wasserstein distance between the empirical distributions (the area between the two CDFs), divided by
     * the reference standard deviation so one threshold fits series of any scale.
     */
    public static double wasserstein(double[] reference, double[] live) {
        double[] a = reference.clone();
        double[] b = live.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        double[] all = new double[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        double distance = 0;
        int i = 0;
        int j = 0;
        for (int k = 0; k < all.length - 1; k++) {
            while (i < a.length && a[i] <= all[k]) {
                i++;
            }
            while (j < b.length && b[j] <= all[k]) {
                j++;
            }
            distance += Math.abs((double) i / a.length - (double) j / b.length) * (all[k + 1] - all[k]);
        }
        double spread = new StandardDeviation().evaluate(reference);
        return spread > 0 ? distance / spread : distance;
    }

    private static double[] shares(double[] values, double[] edges) {
        double[] counts = new double[edges.length + 1];
        for (double v : values) {
            int bin = Arrays.binarySearch(edges, v);
            counts[bin >= 0 ? bin : -bin - 1]++;
        }
        for (int b = 0; b < counts.length; b++) {
            counts[b] = Math.max(PSI_FLOOR, counts[b] / values.length);
        }
        return counts;
    }
}
