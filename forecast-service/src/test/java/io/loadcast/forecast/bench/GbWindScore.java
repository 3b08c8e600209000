package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.lang.management.ManagementFactory;

/** MAPE of the wind benchmark's five forecasts over the same periods, and the per-day change the wind stage makes. */
final class GbWindScore {

    static final String[] NAMES = {
        "no weather", "format 2, actuals", "format 2, forecast-like", "format 3, actuals", "format 3, forecast-like"
    };

    private final double[] sums = new double[NAMES.length];
    private long periods;
    private int days;
    private double gain;
    private double gainSquares;
    private int better;

    void day(HalfHourlySeries s, GbWindExperiment.Day d, double[]... forecasts) {
        double[] before = sums.clone();
        for (int i = d.start(); i < d.end(); i++) {
            double a = s.values()[i];
            for (int k = 0; k < forecasts.length; k++) {
                sums[k] += Math.abs(a - forecasts[k][i - d.o()]) / a;
            }
            periods++;
        }
        double change = 100 * (sums[4] - before[4] - sums[2] + before[2]) / (d.end() - d.start());
        gain += change;
        gainSquares += change * change;
        better += change < 0 ? 1 : 0;
        days++;
    }

    void print(String what) {
        StringBuilder line = new StringBuilder(what + " (" + periods + " periods, " + days + " days), MAPE %:");
        for (int k = 0; k < NAMES.length; k++) {
            line.append(String.format(" %s %.3f;", NAMES[k], 100 * sums[k] / periods));
        }
        double mean = gain / days;
        double se = Math.sqrt((gainSquares / days - mean * mean) / (days - 1));
        System.out.println(line);
        System.out.printf(
                "  format 3 minus format 2, forecast-like, per day: %.3f points (SE %.3f), %d of %d days" + " better%n",
                mean, se, better, days);
    }

    /** CPU seconds (user + system) of this process. */
    static double cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
    }
}
