package io.loadcast.forecast.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Errors of the three variants of the weather benchmark over the same periods. */
final class GbWeatherScore {

    private final GbDayAheadBenchmark.Score base = new GbDayAheadBenchmark.Score();
    private final GbDayAheadBenchmark.Score actuals = new GbDayAheadBenchmark.Score();
    private final GbDayAheadBenchmark.Score noisy = new GbDayAheadBenchmark.Score();
    private int days;
    private int corrected;

    void add(double actual, double plain, double withActuals, double withNoisy) {
        base.add(actual, plain, 0);
        actuals.add(actual, withActuals, 0);
        noisy.add(actual, withNoisy, 0);
    }

    void days(boolean applied) {
        days++;
        corrected += applied ? 1 : 0;
    }

    void print(String what) {
        System.out.printf(
                "%s (%d periods, %d of %d days with weather on every period): day-ahead MAPE %.2f%% (MAE %.0f MW);"
                        + " with weather actuals %.2f%% (%.0f MW); with forecast-like weather (noise) %.2f%% (%.0f MW)%n",
                what,
                base.n,
                corrected,
                days,
                base.mape(),
                base.mae(),
                actuals.mape(),
                actuals.mae(),
                noisy.mape(),
                noisy.mae());
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
