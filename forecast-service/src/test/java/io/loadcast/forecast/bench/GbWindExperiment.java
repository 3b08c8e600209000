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
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
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
        WindData truth = new WindData(wind, actual);
        WindData forecast = new WindData(noisyWind, noisy);
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
                    double[] x = features(v, target, d.origin, truth, truth);
                    if (x != null) {
                        add(normal[v][halfHour(target)], x, y);
                        any = true;
                    }
                }
            }
            fitDays += any ? 1 : 0;
        }
        double[][][] w = new double[VARIANTS][48][];
        for (int v = 0; v < VARIANTS; v++) {
            for (int h = 0; h < 48; h++) {
                w[v][h] = solve(normal[v][h]);
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
                                                    + dot(
                                                            w[v][halfHour(target)],
                                                            features(v, target, d.origin, truth, truth))))
                            / a;
                    sums[4 + 2 * v] += Math.abs(a
                                    - withNoisy[k]
                                            * (1
                                                    + dot(
                                                            w[v][halfHour(target)],
                                                            features(v, target, d.origin, truth, forecast))))
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

    /** Hourly wind (m/s), its daily means per local day (speed, power proxy; 20 hours or more) and daily weather. */
    record WindData(Map<Instant, Double> hours, Map<LocalDate, double[]> means, Map<LocalDate, DailyWeather> daily) {
        WindData(Map<Instant, Double> hours, Map<LocalDate, DailyWeather> daily) {
            this(hours, means(hours), daily);
        }

        static Map<LocalDate, double[]> means(Map<Instant, Double> hours) {
            Map<LocalDate, double[]> sums = new TreeMap<>();
            hours.forEach((t, v) -> {
                double[] s = sums.computeIfAbsent(t.atZone(GbDemandData.LONDON).toLocalDate(), d -> new double[3]);
                s[0] += v;
                s[1] += power(v);
                s[2]++;
            });
            Map<LocalDate, double[]> out = new TreeMap<>();
            sums.forEach((d, s) -> {
                if (s[2] >= 20) {
                    out.put(d, new double[] {s[0] / s[2], s[1] / s[2]});
                }
            });
            return out;
        }
    }

    static double power(double v10) {
        double v = v10 * 1.346; // 10 m to ~80 m hub height, 1/7 power law
        return v < 3 ? 0 : v < 12 ? (v * v * v - 27) / (1728 - 27) : v < 25 ? 1 : 0;
    }

    /** Features of variant v; days (hours for variant 4) from the origin's day (hour) on come from {@code fc}. */
    static double @org.jspecify.annotations.Nullable [] features(
            int v, Instant target, Instant origin, WindData truth, WindData fc) {
        ZonedDateTime local = target.atZone(GbDemandData.LONDON);
        int latest = 1;
        while (!local.minusDays(latest).toInstant().isBefore(origin)) {
            latest++;
        }
        LocalDate originDay = origin.atZone(GbDemandData.LONDON).toLocalDate();
        int[] lags = {0, latest, 7};
        double[][] q = new double[3][];
        for (int j = 0; j < 3; j++) {
            ZonedDateTime at = local.minusDays(lags[j]);
            q[j] = v == 3 ? window(at, origin, truth, fc) : day(at.toLocalDate(), originDay, truth, fc);
            if (q[j] == null) {
                return null;
            }
        }
        int c = v == 0 ? 0 : v == 3 ? 0 : 1;
        double[] x = {q[0][c] - q[1][c], q[0][c] - q[2][c]};
        if (v == 2) {
            return new double[] {x[0], x[1], q[0][2] - q[1][2], q[0][2] - q[2][2]};
        }
        return x;
    }

    private static double @org.jspecify.annotations.Nullable [] day(
            LocalDate day, LocalDate originDay, WindData truth, WindData fc) {
        WindData src = day.isBefore(originDay) ? truth : fc;
        double[] m = src.means().get(day);
        DailyWeather w = src.daily().get(day);
        return m == null || w == null ? null : new double[] {m[0], m[1], m[0] * Math.max(0, 15.5 - w.temperature())};
    }

    private static double @org.jspecify.annotations.Nullable [] window(
            ZonedDateTime at, Instant origin, WindData truth, WindData fc) {
        double sum = 0;
        for (int dh = -1; dh <= 1; dh++) {
            Instant hour = at.truncatedTo(ChronoUnit.HOURS).plusHours(dh).toInstant();
            Double s = (hour.isBefore(origin) ? truth : fc).hours().get(hour);
            if (s == null) {
                return null;
            }
            sum += power(s);
        }
        return new double[] {sum / 3};
    }

    static int halfHour(Instant target) {
        ZonedDateTime local = target.atZone(GbDemandData.LONDON);
        return Math.min(47, local.getHour() * 2 + local.getMinute() / 30);
    }

    /** Adds x x' and x y to the augmented normal matrix [XtX | Xty]. */
    static void add(double[][] m, double[] x, double y) {
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                m[i][j] += x[i] * x[j];
            }
            m[i][x.length] += x[i] * y;
        }
    }

    /** Ridge (absolute penalty 1, as WeatherCorrection) by Gaussian elimination. */
    static double[] solve(double[][] normal) {
        int k = normal.length;
        double[][] m = new double[k][];
        for (int i = 0; i < k; i++) {
            m[i] = normal[i].clone();
            m[i][i] += 1.0;
        }
        for (int p = 0; p < k; p++) {
            for (int i = p + 1; i < k; i++) {
                double f = m[i][p] / m[p][p];
                for (int j = p; j <= k; j++) {
                    m[i][j] -= f * m[p][j];
                }
            }
        }
        double[] w = new double[k];
        for (int i = k - 1; i >= 0; i--) {
            double s = m[i][k];
            for (int j = i + 1; j < k; j++) {
                s -= m[i][j] * w[j];
            }
            w[i] = s / m[i][i];
        }
        return w;
    }

    static double dot(double[] w, double @org.jspecify.annotations.Nullable [] x) {
        if (x == null) {
            return 0;
        }
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i] * x[i];
        }
        return s;
    }

    private GbWindExperiment() {}
}
