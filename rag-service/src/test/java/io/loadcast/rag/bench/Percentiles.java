package io.loadcast.rag.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of measured latencies. */
final class Percentiles {

    private Percentiles() {}

    static double of(double[] values, double percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
