package io.loadcast.forecast.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Per-day ND errors of the embedded-generation bound's rows, for each weather protocol: MAPE, MAE, worst days. */
final class GbEmbeddedScore {

    static final String[] PROTOCOLS = {"no weather", "weather actuals", "forecast-like weather"};

    /** row -> day -> protocol -> {sum of |e|/actual, sum of |e|, periods}. */
    private final Map<String, Map<LocalDate, double[][]>> rows = new LinkedHashMap<>();

    /** row -> protocol -> {sum of |embedded forecast error| MW, periods}. */
    private final Map<String, double[][]> embedded = new LinkedHashMap<>();

    /** The embedded-generation forecast's error, as the difference of the oracle and the realistic ND forecasts. */
    void embedded(String row, int protocol, double[] oracle, double[] realistic) {
        double[] sums = embedded.computeIfAbsent(row, r -> new double[PROTOCOLS.length][2])[protocol];
        for (int i = 0; i < oracle.length; i++) {
            sums[0] += Math.abs(realistic[i] - oracle[i]);
            sums[1]++;
        }
    }

    void printEmbedded(String what) {
        embedded.forEach((row, sums) -> System.out.printf(
                "%s, realistic embedded forecast (%s) MAE MW by protocol: %.0f | %.0f | %.0f%n",
                what, row, sums[0][0] / sums[0][1], sums[1][0] / sums[1][1], sums[2][0] / sums[2][1]));
    }

    void add(String row, int protocol, LocalDate day, double[] actual, double[] forecast) {
        double[] sums = rows.computeIfAbsent(row, r -> new TreeMap<>())
                .computeIfAbsent(day, d -> new double[PROTOCOLS.length][3])[protocol];
        for (int i = 0; i < actual.length; i++) {
            sums[0] += Math.abs(actual[i] - forecast[i]) / actual[i];
            sums[1] += Math.abs(actual[i] - forecast[i]);
            sums[2]++;
        }
    }

    /** MAPE % and MAE MW of every row over the days from..to, one line per row. */
    void print(String what, LocalDate from, LocalDate to) {
        System.out.printf(
                "%s, %s..%s, ND MAPE %% / MAE MW by protocol (%s):%n", what, from, to, String.join(" | ", PROTOCOLS));
        rows.forEach((row, days) -> {
            StringBuilder line = new StringBuilder(String.format("  %-46s", row));
            for (int p = 0; p < PROTOCOLS.length; p++) {
                double[] t = total(days, from, to, p);
                line.append(String.format(" | %6.3f %5.0f", 100 * t[0] / t[2], t[1] / t[2]));
            }
            System.out.println(line + String.format("  (%d periods)", (long) total(days, from, to, 0)[2]));
        });
    }

    /**
     * Share of each row's error (sum of absolute percentage errors) on its own {@code count} worst days, and its error
     * on the baseline's worst days against the baseline's there.
     */
    void worstDays(String what, String baseline, int protocol, int count) {
        List<LocalDate> baselineWorst = worst(rows.get(baseline), protocol, count);
        double baselineOnWorst = sum(rows.get(baseline), baselineWorst, protocol);
        System.out.printf("%s, %s, %d worst days:%n", what, PROTOCOLS[protocol], count);
        rows.forEach((row, days) -> {
            double all = sum(days, List.copyOf(days.keySet()), protocol);
            double own = sum(days, worst(days, protocol, count), protocol);
            double onBaseline = sum(days, baselineWorst, protocol);
            System.out.printf(
                    "  %-46s share of error on own worst days %.1f%%; MAPE on the baseline's worst days %.2f%% (baseline"
                            + " %.2f%%); MAPE without them %.3f%%%n",
                    row,
                    100 * own / all,
                    100 * onBaseline / periods(days, baselineWorst, protocol),
                    100 * baselineOnWorst / periods(rows.get(baseline), baselineWorst, protocol),
                    100 * (all - onBaseline) / (periods(days, protocol) - periods(days, baselineWorst, protocol)));
        });
        System.out.printf("  baseline's worst days: %s%n", baselineWorst);
    }

    private static List<LocalDate> worst(Map<LocalDate, double[][]> days, int protocol, int count) {
        List<LocalDate> sorted = new ArrayList<>(days.keySet());
        sorted.sort(Comparator.comparingDouble((LocalDate d) -> -days.get(d)[protocol][0] / days.get(d)[protocol][2]));
        return sorted.subList(0, Math.min(count, sorted.size()));
    }

    private static double sum(Map<LocalDate, double[][]> days, List<LocalDate> which, int protocol) {
        return which.stream().mapToDouble(d -> days.get(d)[protocol][0]).sum();
    }

    private static double periods(Map<LocalDate, double[][]> days, int protocol) {
        return periods(days, List.copyOf(days.keySet()), protocol);
    }

    private static double periods(Map<LocalDate, double[][]> days, List<LocalDate> which, int protocol) {
        return which.stream().mapToDouble(d -> days.get(d)[protocol][2]).sum();
    }

    private static double[] total(Map<LocalDate, double[][]> days, LocalDate from, LocalDate to, int protocol) {
        double[] t = new double[3];
        days.forEach((day, sums) -> {
            if (!day.isBefore(from) && !day.isAfter(to)) {
                for (int k = 0; k < 3; k++) {
                    t[k] += sums[protocol][k];
                }
            }
        });
        return t;
    }
}
