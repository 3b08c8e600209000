package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.evaluation.ConformalIntervals;
import io.loadcast.forecast.core.evaluation.RecentIntervals;
import io.loadcast.forecast.core.evaluation.ScoredForecast;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.model.DayAheadModel;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The interval calibrations {@link GbRollingCoverageBenchmark} compares ({@code -Dvariants=a;b} keeps the names starting with a or b, spaces left out). */
final class GbRollingVariants {

    private GbRollingVariants() {}

    /**
     * A calibration from the training widths and the recent forecasts of the last {@code weeks}, worked out again every
     * {@code refreshDays} days (in between, the widths of the last day they were worked out, as the service reuses them).
     */
    record Variant(
            int weeks,
            int refreshDays,
            BiFunction<ConformalIntervals, List<ScoredForecast>, ConformalIntervals> widths) {
        Variant(int weeks, BiFunction<ConformalIntervals, List<ScoredForecast>, ConformalIntervals> widths) {
            this(weeks, 1, widths);
        }

        ConformalIntervals apply(ConformalIntervals training, List<ScoredForecast> recent) {
            return widths.apply(training, recent);
        }
    }

    static Map<String, Variant> all() {
        Map<String, Variant> out = new LinkedHashMap<>();
        out.put("training widths (8 weeks, shipped)", new Variant(0, (t, r) -> t));
        for (int weeks : new int[] {1, 2, 4, 8}) {
            out.put("scaled, " + weeks + " weeks", new Variant(weeks, RecentIntervals::scaled));
        }
        for (int weeks : new int[] {2, 4, 8}) {
            out.put(
                    "per step, " + weeks + " weeks",
                    new Variant(weeks, (t, r) -> RecentIntervals.perStep(t, r, 96, 0)));
            out.put(
                    "per step +-2, " + weeks + " weeks",
                    new Variant(weeks, (t, r) -> RecentIntervals.perStep(t, r, 96, 2)));
        }
        for (int refresh : new int[] {3, 7}) {
            out.put(
                    "per step +-2, 4 weeks, every " + refresh + " days",
                    new Variant(4, refresh, (t, r) -> RecentIntervals.perStep(t, r, 96, 2)));
        }
        for (int weeks : new int[] {2, 4}) {
            out.put(
                    "mean(training, scaled " + weeks + " w)",
                    new Variant(weeks, (t, r) -> mean(t, RecentIntervals.scaled(t, r))));
        }
        String chosen = System.getProperty("variants", "");
        if (!chosen.isEmpty()) {
            out.keySet()
                    .removeIf(name -> Arrays.stream(chosen.split(";")).noneMatch(name.replace(" ", "")::startsWith));
        }
        return out;
    }

    static ConformalIntervals mean(ConformalIntervals a, ConformalIntervals b) {
        double[] w80 = new double[a.horizon()];
        double[] w95 = new double[a.horizon()];
        for (int h = 0; h < w80.length; h++) {
            w80[h] = (a.halfWidth80()[h] + b.halfWidth80()[h]) / 2;
            w95[h] = (a.halfWidth95()[h] + b.halfWidth95()[h]) / 2;
        }
        return new ConformalIntervals(w80, w95);
    }

    /** What a training run ships: widths from the 12-hourly backtest of the weeks before {@code start}, weather actuals. */
    static ConformalIntervals trainingWidths(
            DayAheadModel model, HalfHourlySeries s, int from, int start, WeatherDays weather) {
        List<ScoredForecast> pairs = new ArrayList<>();
        for (int o = from; o + 96 <= start; o += 24) {
            double[] f = model.predict(Arrays.copyOf(s.values(), o), s.timeAt(o), 96, weather)
                    .values();
            pairs.add(new ScoredForecast(Arrays.copyOfRange(s.values(), o, o + 96), f));
        }
        return ConformalIntervals.calibrate(pairs, 96);
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
