package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.features.DailyWeather;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/** The four wind-stage variants of {@link GbWindExperiment}: their features and a small ridge per half-hour. */
final class GbWindVariants {

    private GbWindVariants() {}

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
}
