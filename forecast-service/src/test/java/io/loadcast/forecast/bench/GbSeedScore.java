package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.DailyWeather;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.WeatherAwareModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The scored days of {@link GbRecurrentSeeds}: every period of D from 09:00 D-1 (as {@link
 * GbRecurrentWeatherBenchmark#score}), forecasts per mode (0 no weather, 1 actuals, 2 forecast-like) as one array over
 * the scored periods, and the MAPE of means of such forecasts.
 */
final class GbSeedScore {

    static final String[] MODES = {"none", "actuals", "forecast-like"};
    private final HalfHourlySeries s;
    private final Map<LocalDate, DailyWeather> actual;
    private final Map<LocalDate, DailyWeather> noisy;
    private final List<int[]> days = new ArrayList<>();
    private final double[] truth;

    GbSeedScore(HalfHourlySeries s, int from, int to, Map<LocalDate, DailyWeather> actual) {
        this.s = s;
        this.actual = actual;
        this.noisy = GbRecurrentSeeds.noisy(actual);
        LocalDate first =
                s.timeAt(from).atZone(GbDemandData.LONDON).toLocalDate().plusDays(1);
        LocalDate last = s.timeAt(to - 1).atZone(GbDemandData.LONDON).toLocalDate();
        List<Double> values = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            int dayStart = (int) s.indexOf(day.atStartOfDay(GbDemandData.LONDON).toInstant());
            int dayEnd = (int)
                    s.indexOf(day.plusDays(1).atStartOfDay(GbDemandData.LONDON).toInstant());
            int o = (int) s.indexOf(origin(day));
            if (dayStart < from || dayEnd > to || dayEnd - o > 96) {
                continue;
            }
            days.add(new int[] {o, dayStart, dayEnd});
            for (int i = dayStart; i < dayEnd; i++) {
                values.add(s.values()[i]);
            }
        }
        truth = values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Instant origin(LocalDate day) {
        return day.minusDays(1).atTime(9, 0).atZone(GbDemandData.LONDON).toInstant();
    }

    /** The model's forecasts of every scored period, per mode. */
    double[][] forecasts(ForecastModel model) {
        return forecasts(model, true);
    }

    /** As {@link #forecasts(ForecastModel)}; without {@code allModes} only forecast-like weather (the others NaN). */
    double[][] forecasts(ForecastModel model, boolean allModes) {
        double[][] out = new double[3][truth.length];
        WeatherDays all = new WeatherDays(actual);
        int k = 0;
        for (int[] d : days) {
            Instant origin = s.timeAt(d[0]);
            double[] history = Arrays.copyOf(s.values(), d[0]);
            int horizon = d[2] - d[0];
            double[][] f = model instanceof WeatherAwareModel w && w.usesWeather() && !allModes
                    ? new double[][] {
                        nan(horizon),
                        nan(horizon),
                        w.predict(history, origin, horizon, GbWeatherBenchmark.knownAt(origin, actual, noisy))
                                .values()
                    }
                    : model instanceof WeatherAwareModel w && w.usesWeather()
                            ? new double[][] {
                                w.predict(history, origin, horizon),
                                w.predict(history, origin, horizon, all).values(),
                                w.predict(history, origin, horizon, GbWeatherBenchmark.knownAt(origin, actual, noisy))
                                        .values()
                            }
                            : new double[][] {model.predict(history, origin, horizon)};
            for (int i = d[1]; i < d[2]; i++, k++) {
                for (int m = 0; m < 3; m++) {
                    out[m][k] = f[Math.min(m, f.length - 1)][i - d[0]];
                }
            }
        }
        return out;
    }

    private static double[] nan(int n) {
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        return out;
    }

    /** MAPE (%) of the mean of {@code forecasts}. */
    double mape(List<double[]> forecasts) {
        double sum = 0;
        for (int i = 0; i < truth.length; i++) {
            double mean = 0;
            for (double[] f : forecasts) {
                mean += f[i] / forecasts.size();
            }
            sum += Math.abs(mean - truth[i]) / Math.abs(truth[i]);
        }
        return 100 * sum / truth.length;
    }

    /** Prints each seed's variants, the mean of the first k seeds' variants, and those with {@code dayAhead}. */
    void report(String[] seeds, List<double[][][]> f, double[] @Nullable [] dayAhead) {
        System.out.printf("%d days, %d periods; MAPE %% per mode %s%n", days.size(), truth.length, List.of(MODES));
        for (int v = 0; v < GbRecurrentSeeds.VARIANTS.length; v++) {
            for (int i = 0; i < seeds.length && v < f.get(i).length; i++) {
                print("seed " + seeds[i] + " " + GbRecurrentSeeds.VARIANTS[v], List.<double[][]>of(f.get(i)[v]));
            }
        }
        for (int k = 1; k <= seeds.length; k++) {
            List<double[][]> best = new ArrayList<>();
            List<double[][]> top3 = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                best.add(f.get(i)[0]);
                if (f.get(i).length >= 3) {
                    top3.addAll(List.of(f.get(i)[0], f.get(i)[1], f.get(i)[2]));
                }
            }
            print("mean of best epochs of first " + k + " seeds", best);
            if (top3.size() == 3 * k) {
                print("mean of best 3 epochs of first " + k + " seeds", top3);
            }
            if (dayAhead != null) {
                List<double[][]> both = List.of(mean(best), dayAhead);
                print("  (mean of first " + k + " seeds) with day-ahead+weather", both);
            }
        }
        if (dayAhead != null) {
            print("day-ahead+weather alone", List.<double[][]>of(dayAhead));
        }
    }

    private static double[][] mean(List<double[][]> f) {
        double[][] out = new double[3][f.get(0)[0].length];
        for (double[][] x : f) {
            for (int m = 0; m < 3; m++) {
                for (int i = 0; i < out[m].length; i++) {
                    out[m][i] += x[m][i] / f.size();
                }
            }
        }
        return out;
    }

    private void print(String what, List<double[][]> f) {
        StringBuilder row = new StringBuilder(String.format("%-55s", what));
        for (int m = 0; m < 3; m++) {
            int mode = m;
            row.append(String.format(" %6.3f", mape(f.stream().map(x -> x[mode]).toList())));
        }
        System.out.println(row);
    }
}
