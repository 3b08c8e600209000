package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.features.DailyWind;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * London's daily mean wind power proxy ({@link DailyWind#power(double)} over the day's hours, as the wind stage uses
 * it) from the shared Open-Meteo rows (2023-11-11..2024-12-31; days with 20 hours), actual and forecast-like: a
 * per-day offset N(0, {@code sigma} m/s) on every hour, as {@link GbWindBenchmark} perturbs them.
 */
final class GbLondonWindProxy {

    private GbLondonWindProxy() {}

    /** {actual, forecast-like} proxy per local day. */
    static List<Map<LocalDate, Double>> daily(double sigma, Random random) throws Exception {
        Map<LocalDate, double[]> sums = new TreeMap<>();
        List<GbWind.Hour> hours = GbWind.rows();
        Map<LocalDate, Double> offsets = new HashMap<>();
        hours.forEach(h -> sums.put(GbWindBenchmark.day(h.start()), new double[3]));
        sums.keySet().forEach(d -> offsets.put(d, sigma * random.nextGaussian()));
        for (GbWind.Hour h : hours) {
            LocalDate d = GbWindBenchmark.day(h.start());
            double[] s = sums.get(d);
            s[0] += DailyWind.power(h.wind());
            s[1] += DailyWind.power(Math.max(0, h.wind() + offsets.get(d)));
            s[2]++;
        }
        Map<LocalDate, Double> actual = new TreeMap<>();
        Map<LocalDate, Double> noisy = new TreeMap<>();
        sums.forEach((d, s) -> {
            if (s[2] >= 20) {
                actual.put(d, s[0] / s[2]);
                noisy.put(d, s[1] / s[2]);
            }
        });
        return List.of(actual, noisy);
    }
}
