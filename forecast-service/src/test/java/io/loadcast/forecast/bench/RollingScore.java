package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.evaluation.ConformalIntervals;

/**
 * Coverage, mean width and interval (Winkler) score of the 80 % and 95 % intervals of one calibration variant over the
 * day-ahead periods of a year, and the 80 % coverage by quarter (does the width follow the seasons?).
 */
final class RollingScore {

    private long n;
    private long in80;
    private long in95;
    private double width80;
    private double width95;
    private double score80;
    private double score95;
    private final long[] quarterN = new long[4];
    private final long[] quarterIn = new long[4];

    /** One period: the forecast {@code f} at step {@code h} with the intervals' widths there, beside {@code actual}. */
    void add(ConformalIntervals intervals, int h, double f, double actual, int quarter) {
        double w80 = intervals.halfWidth80()[Math.min(h, intervals.horizon() - 1)];
        double w95 = intervals.halfWidth95()[Math.min(h, intervals.horizon() - 1)];
        double error = Math.abs(f - actual);
        n++;
        in80 += error <= w80 ? 1 : 0;
        in95 += error <= w95 ? 1 : 0;
        width80 += 2 * w80;
        width95 += 2 * w95;
        score80 += 2 * w80 + 2 / 0.2 * Math.max(0, error - w80);
        score95 += 2 * w95 + 2 / 0.05 * Math.max(0, error - w95);
        quarterN[quarter]++;
        quarterIn[quarter] += error <= w80 ? 1 : 0;
    }

    String line() {
        StringBuilder quarters = new StringBuilder();
        for (int q = 0; q < 4; q++) {
            quarters.append(String.format(" %.1f", 100.0 * quarterIn[q] / Math.max(1, quarterN[q])));
        }
        return String.format(
                "80%% %.1f%% width %.0f score %.0f | 95%% %.1f%% width %.0f score %.0f | 80%% by quarter%s | %d periods",
                100.0 * in80 / n, width80 / n, score80 / n, 100.0 * in95 / n, width95 / n, score95 / n, quarters, n);
    }
}
