package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.DailyWeather;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.model.DayAheadModel;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Session-8 validation of a wind stage after the day-ahead weather correction (issue 21): base + today's correction
 * trained on data before 2024-07-01, a per-half-hour ridge (penalty 1, no intercept) of its relative error on wind
 * features fitted on 2023-11-11..2024-06-30, all scored on 2024-07-01..12-31 from 09:00 D-1 with forecast-like weather
 * (temperature N(0, 1.2 C), cloud N(0, 20), wind a per-day offset N(0, 1.5 m/s) on every hour from the origin's day
 * on). Variants fixed before scoring: 1 change of daily mean wind speed; 2 change of daily mean power-curve proxy
 * (hourly, hub-height, cut-in 3, rated 12, cut-out 25 m/s); 3 = 2 + change of wind speed x heating degrees; 4 change of
 * the power proxy over the target's own three hours (hourly resolution).
 */
public final class GbWindExperiment {

    static final int VARIANTS = 4;
    static final int[] SIZES = {2, 2, 4, 2};

    public static void main(String[] args) throws Exception {
        Map<LocalDate, DailyWeather> actual = GbWeatherBenchmark.days(GbWeather.daily());
        Map<LocalDate, DailyWeather> noisy = GbWeatherBenchmark.perturbed(actual, 1.2, 20, new Random(42));
        Map<Instant, Double> wind = GbWind.hourly();
        Map<Instant, Double> noisyWind = new TreeMap<>();
        Map<LocalDate, Double> offsets = new TreeMap<>();
        Random r = new Random(43);
        double sigma = Double.parseDouble(System.getProperty("wsigma", "1.5"));
        wind.forEach((t, v) -> {
            double o =
                    offsets.computeIfAbsent(t.atZone(GbDemandData.LONDON).toLocalDate(), d -> sigma * r.nextGaussian());
            noisyWind.put(t, Math.max(0, v + o));
        });
        GbWindVariants.WindData truth = new GbWindVariants.WindData(wind, actual);
        GbWindVariants.WindData forecast = new GbWindVariants.WindData(noisyWind, noisy);
        HalfHourlySeries y2015 = GbDemandData.years(2015).filled();
        HalfHourlySeries recent =
                GbDemandData.years(2019, 2020, 2021, 2022, 2023, 2024).filled();
        int mid = (int) recent.indexOf(
                LocalDate.of(2024, 7, 1).atStartOfDay(GbDemandData.LONDON).toInstant());
        System.out.printf("load average before: %s%n", GbWeatherScore.load());
        long t0 = System.nanoTime();
        DayAheadModel model = (DayAheadModel) Trainers.dayAheadWithWeather(t -> true, new WeatherDays(actual))
                .train(
                        List.of(y2015, recent.slice(0, mid)),
                        TrainingSpec.defaults(ModelFamily.DAY_AHEAD),
                        new TrainingContext("gb-demand", "bench"),
                        EpochListener.NONE);
        System.out.printf(
                "model to 2024-06-30 in %.1f s, format %d%n",
                (System.nanoTime() - t0) / 1e9, model.provenance().formatVersion());
        double[][][][] normal = new double[VARIANTS][48][][];
        for (int v = 0; v < VARIANTS; v++) {
            for (int h = 0; h < 48; h++) {
                normal[v][h] = new double[SIZES[v]][SIZES[v] + 1];
            }
        }
        int fitDays = 0;
        WeatherDays actuals = new WeatherDays(actual);
        for (LocalDate day = LocalDate.of(2023, 11, 11);
                day.isBefore(LocalDate.of(2024, 7, 1));
                day = day.plusDays(1)) {
            Day d = Day.of(recent, day);
            double[] f = model.predict(d.history, d.origin, d.steps, actuals).values();
            boolean any = false;
            for (int i = d.start; i < d.end; i++) {
                Instant target = recent.timeAt(i);
                double y = recent.values()[i] / f[i - d.o] - 1;
                for (int v = 0; v < VARIANTS; v++) {
                    double[] x = GbWindVariants.features(v, target, d.origin, truth, truth);
                    if (x != null) {
                        GbWindVariants.add(normal[v][GbWindVariants.halfHour(target)], x, y);
                        any = true;
                    }
                }
            }
            fitDays += any ? 1 : 0;
        }
        double[][][] w = new double[VARIANTS][48][];
        for (int v = 0; v < VARIANTS; v++) {
            for (int h = 0; h < 48; h++) {
                w[v][h] = GbWindVariants.solve(normal[v][h]);
            }
        }
        System.out.printf("wind stages fitted on %d days (2023-11-11..2024-06-30)%n", fitDays);
        double[] sums = new double[2 + 2 * VARIANTS + 1];
        long n = 0;
        java.util.List<double[]> perDay = new java.util.ArrayList<>();
        for (LocalDate day = LocalDate.of(2024, 7, 1);
                !day.isAfter(LocalDate.of(2024, 12, 31));
                day = day.plusDays(1)) {
            Day d = Day.of(recent, day);
            double[] before = sums.clone();
            double[] base = model.predict(d.history, d.origin, d.steps);
            double[] withActuals =
                    model.predict(d.history, d.origin, d.steps, actuals).values();
            double[] withNoisy = model.predict(
                            d.history, d.origin, d.steps, GbWeatherBenchmark.knownAt(d.origin, actual, noisy))
                    .values();
            for (int i = d.start; i < d.end; i++) {
                Instant target = recent.timeAt(i);
                double a = recent.values()[i];
                int k = i - d.o;
                sums[0] += Math.abs(a - base[k]) / a;
                sums[1] += Math.abs(a - withActuals[k]) / a;
                sums[2] += Math.abs(a - withNoisy[k]) / a;
                for (int v = 0; v < VARIANTS; v++) {
                    sums[3 + 2 * v] += Math.abs(a
                                    - withActuals[k]
                                            * (1
                                                    + GbWindVariants.dot(
                                                            w[v][GbWindVariants.halfHour(target)],
                                                            GbWindVariants.features(
                                                                    v, target, d.origin, truth, truth))))
                            / a;
                    sums[4 + 2 * v] += Math.abs(a
                                    - withNoisy[k]
                                            * (1
                                                    + GbWindVariants.dot(
                                                            w[v][GbWindVariants.halfHour(target)],
                                                            GbWindVariants.features(
                                                                    v, target, d.origin, truth, forecast))))
                            / a;
                }
                n++;
            }
            double[] diff = new double[VARIANTS];
            for (int v = 0; v < VARIANTS; v++) {
                diff[v] = (sums[4 + 2 * v] - before[4 + 2 * v] - sums[2] + before[2]) / (d.end - d.start);
            }
            perDay.add(diff);
        }
        System.out.printf(
                "validation 2024-07-01..12-31, %d periods, MAPE %%: base %.3f; today's correction actuals %.3f,"
                        + " forecast-like %.3f%n",
                n, 100 * sums[0] / n, 100 * sums[1] / n, 100 * sums[2] / n);
        for (int v = 0; v < VARIANTS; v++) {
            System.out.printf(
                    "  + wind variant %d: actuals %.3f, forecast-like %.3f%n",
                    v + 1, 100 * sums[3 + 2 * v] / n, 100 * sums[4 + 2 * v] / n);
        }
        for (int v = 0; v < VARIANTS; v++) {
            int vv = v;
            double mean = perDay.stream().mapToDouble(x -> x[vv]).average().orElse(0);
            double var = perDay.stream()
                            .mapToDouble(x -> (x[vv] - mean) * (x[vv] - mean))
                            .sum()
                    / (perDay.size() - 1);
            long better = perDay.stream().filter(x -> x[vv] < 0).count();
            System.out.printf(
                    "  variant %d minus today's, forecast-like, per day: mean %.3f points, SE %.3f, %d of %d days"
                            + " better%n",
                    v + 1, 100 * mean, 100 * Math.sqrt(var / perDay.size()), better, perDay.size());
        }
        System.out.printf(
                "total %.1f s, load average after: %s%n", (System.nanoTime() - t0) / 1e9, GbWeatherScore.load());
    }

    record Day(double[] history, Instant origin, int o, int start, int end, int steps) {
        static Day of(HalfHourlySeries s, LocalDate day) {
            Instant origin =
                    day.minusDays(1).atTime(9, 0).atZone(GbDemandData.LONDON).toInstant();
            int o = (int) s.indexOf(origin);
            int start = (int) s.indexOf(day.atStartOfDay(GbDemandData.LONDON).toInstant());
            int end = (int)
                    s.indexOf(day.plusDays(1).atStartOfDay(GbDemandData.LONDON).toInstant());
            return new Day(Arrays.copyOf(s.values(), o), origin, o, start, end, end - o);
        }
    }

    private GbWindExperiment() {}
}
