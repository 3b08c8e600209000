package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.features.SolarPosition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;

/**
 * A weather correction of day-ahead forecasts: per local half-hour of day, a ridge regression of the relative error
 * ({@code actual / forecast - 1}) on how the target day's weather differs from the lag days' the base model leans
 * on (heating degrees, temperature, and cloud weighted by daylight, against the latest same-time day known and the
 * day a week before). The base model has already seen those lag days' demand, so only the change matters.
 */
final class GbWeatherCorrection {

    static final int F = 7;
    static final double RIDGE = 1.0;

    private final double[][] xtx = new double[48][F * F];
    private final double[][] xty = new double[48][F];
    private final double[][] weights = new double[48][];

    static double @org.jspecify.annotations.Nullable [] features(
            Instant target,
            Instant origin,
            Map<LocalDate, GbWeather.Day> forecast,
            Map<LocalDate, GbWeather.Day> actual) {
        ZonedDateTime local = target.atZone(GbDemandData.LONDON);
        LocalDate day = local.toLocalDate();
        int latest = 1;
        while (!local.minusDays(latest).toInstant().isBefore(origin)) {
            latest++;
        }
        GbWeather.Day t = forecast.get(day);
        GbWeather.Day a = (latest == 1 ? forecast : actual).get(day.minusDays(latest));
        GbWeather.Day b = actual.get(day.minusDays(7));
        if (t == null || a == null || b == null) {
            return null;
        }
        double sun = SolarPosition.daylight(target);
        return new double[] {
            hdd(t) - hdd(a),
            hdd(t) - hdd(b),
            t.temperature() - a.temperature(),
            t.temperature() - b.temperature(),
            sun * (t.cloud() - a.cloud()) / 100,
            sun * (t.cloud() - b.cloud()) / 100,
            sun * (t.temperature() - a.temperature())
        };
    }

    private static double hdd(GbWeather.Day d) {
        return Math.max(0, 15.5 - d.temperature());
    }

    static int halfHour(Instant target) {
        ZonedDateTime local = target.atZone(GbDemandData.LONDON);
        return Math.min(47, local.getHour() * 2 + local.getMinute() / 30);
    }

    void add(Instant target, double[] x, double actual, double forecast) {
        int h = halfHour(target);
        double y = actual / forecast - 1;
        for (int i = 0; i < F; i++) {
            xty[h][i] += x[i] * y;
            for (int j = 0; j < F; j++) {
                xtx[h][i * F + j] += x[i] * x[j];
            }
        }
    }

    void fit() {
        for (int h = 0; h < 48; h++) {
            double[][] a = new double[F][F];
            for (int i = 0; i < F; i++) {
                for (int j = 0; j < F; j++) {
                    a[i][j] = xtx[h][i * F + j] + (i == j ? RIDGE : 0);
                }
            }
            weights[h] = new CholeskyDecomposition(new Array2DRowRealMatrix(a))
                    .getSolver()
                    .solve(new ArrayRealVector(xty[h]))
                    .toArray();
        }
    }

    double apply(Instant target, double[] x, double forecast) {
        double[] w = weights[halfHour(target)];
        double sum = 0;
        for (int i = 0; i < F; i++) {
            sum += w[i] * x[i];
        }
        return forecast * (1 + sum);
    }
}
