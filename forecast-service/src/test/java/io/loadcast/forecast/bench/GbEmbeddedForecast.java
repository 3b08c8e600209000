package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.DailyWeather;
import io.loadcast.forecast.core.features.SolarPosition;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.jspecify.annotations.Nullable;

/**
 * A realistic forecast of GB embedded generation made at 09:00 D-1 for day D, from what is known then: the NESO
 * capacities of the last known period, for wind the capacity factor of the last known period (persistence blended
 * to the mean: {@code cf = a + b cf(origin)}, least squares), for solar a clear-sky proxy (the sun's elevation sine
 * {@code s}) scaled by the day's London cloud cover {@code c} (0-1): {@code cf = s (k0 + k1 c) + s^2 (k2 + k3 c)},
 * least squares over the training days with weather, fitted with the cloud actuals (as a training run has them).
 * Without cloud for D (the "no weather" protocol, days outside the weather) the mean training cloud stands in.
 */
final class GbEmbeddedForecast {

    record Columns(HalfHourlySeries wind, HalfHourlySeries windCap, HalfHourlySeries solar, HalfHourlySeries solarCap) {
        Columns slice(int to) {
            return new Columns(wind.slice(0, to), windCap.slice(0, to), solar.slice(0, to), solarCap.slice(0, to));
        }
    }

    private final double windA;
    private final double windB;
    private final double[] solar;
    private final double meanCloud;
    private final double @Nullable [] proxy;

    private GbEmbeddedForecast(
            double windA, double windB, double[] solar, double meanCloud, double @Nullable [] proxy) {
        this.windA = windA;
        this.windB = windB;
        this.solar = solar;
        this.meanCloud = meanCloud;
        this.proxy = proxy;
    }

    /**
     * Fits the three parts; the London wind variant ({@code cf = p0 + p1 cf(origin) + p2 proxy(D)}, least squares)
     * only from days with a proxy (actuals), and only with 30 such days.
     */
    static GbEmbeddedForecast fit(
            List<Columns> training, Map<LocalDate, DailyWeather> weather, Map<LocalDate, Double> londonWind) {
        double[] w = new double[5]; // n, sum x, sum y, sum xx, sum xy
        double[][] ptp = new double[3][3];
        double[] pty = new double[3];
        int proxyDays = 0;
        double[][] xtx = new double[4][4];
        double[] xty = new double[4];
        double[] cloud = new double[2];
        for (Columns c : training) {
            LocalDate last = c.wind()
                    .timeAt(c.wind().size() - 1)
                    .atZone(GbDemandData.LONDON)
                    .toLocalDate();
            LocalDate first =
                    c.wind().start().atZone(GbDemandData.LONDON).toLocalDate().plusDays(2);
            for (LocalDate day = first; day.isBefore(last); day = day.plusDays(1)) {
                GbWindExperiment.Day d = GbWindExperiment.Day.of(c.wind(), day);
                double x = c.wind().values()[d.o() - 1] / c.windCap().values()[d.o() - 1];
                DailyWeather dw = weather.get(day);
                Double wp = londonWind.get(day);
                proxyDays += wp == null ? 0 : 1;
                for (int i = d.start(); i < d.end(); i++) {
                    double y = c.wind().values()[i] / c.windCap().values()[i];
                    if (wp != null) {
                        double[] f = {1, x, wp};
                        for (int j = 0; j < 3; j++) {
                            pty[j] += f[j] * y;
                            for (int k = 0; k < 3; k++) {
                                ptp[j][k] += f[j] * f[k];
                            }
                        }
                    }
                    w[0]++;
                    w[1] += x;
                    w[2] += y;
                    w[3] += x * x;
                    w[4] += x * y;
                    if (dw != null) {
                        double[] f = solarFeatures(c.wind().timeAt(i), dw.cloud() / 100);
                        double ys = c.solar().values()[i] / c.solarCap().values()[i];
                        for (int j = 0; j < 4; j++) {
                            xty[j] += f[j] * ys;
                            for (int k = 0; k < 4; k++) {
                                xtx[j][k] += f[j] * f[k];
                            }
                        }
                    }
                }
                if (dw != null) {
                    cloud[0] += dw.cloud() / 100;
                    cloud[1]++;
                }
            }
        }
        double b = (w[4] - w[1] * w[2] / w[0]) / (w[3] - w[1] * w[1] / w[0]);
        double a = (w[2] - b * w[1]) / w[0];
        return new GbEmbeddedForecast(
                a, b, solve(xtx, xty), cloud[0] / cloud[1], proxyDays >= 30 ? solve(ptp, pty) : null);
    }

    /** Least squares for the bench's few coefficients: the normal equations solved by Commons Math's LU. */
    private static double[] solve(double[][] normal, double[] rhs) {
        return new LUDecomposition(MatrixUtils.createRealMatrix(normal))
                .getSolver()
                .solve(new ArrayRealVector(rhs))
                .toArray();
    }

    boolean hasProxy() {
        return proxy != null;
    }

    /**
     * {wind, solar, wind from the London proxy} forecasts (MW) for the periods of day {@code d}, made at its origin;
     * the third is the first without a proxy for D or a fitted proxy model.
     */
    double[][] forecast(
            Columns c, GbWindExperiment.Day d, @Nullable DailyWeather weatherOfD, @Nullable Double windOfD) {
        int n = d.end() - d.start();
        double[][] out = new double[3][n];
        double windCap = c.windCap().values()[d.o() - 1];
        double solarCap = c.solarCap().values()[d.o() - 1];
        double cf = c.wind().values()[d.o() - 1] / windCap;
        double cloud = weatherOfD == null ? meanCloud : weatherOfD.cloud() / 100;
        for (int i = 0; i < n; i++) {
            out[0][i] = windCap * Math.max(0, windA + windB * cf);
            out[2][i] = proxy == null || windOfD == null
                    ? out[0][i]
                    : windCap * Math.max(0, proxy[0] + proxy[1] * cf + proxy[2] * windOfD);
            double[] f = solarFeatures(c.wind().timeAt(d.start() + i), cloud);
            double s = 0;
            for (int j = 0; j < 4; j++) {
                s += solar[j] * f[j];
            }
            out[1][i] = solarCap * Math.max(0, s);
        }
        return out;
    }

    String describe() {
        return String.format(
                "wind cf = %.3f + %.3f cf(origin); solar cf = s (%.3f %+.3f c) + s^2 (%.3f %+.3f c); mean cloud %.2f;"
                        + " London wind: %s",
                windA,
                windB,
                solar[0],
                solar[1],
                solar[2],
                solar[3],
                meanCloud,
                proxy == null
                        ? "under 30 days, not fitted"
                        : String.format("cf = %.3f %+.3f cf(origin) %+.3f proxy", proxy[0], proxy[1], proxy[2]));
    }

    private static double[] solarFeatures(java.time.Instant periodStart, double cloud) {
        double s = SolarPosition.daylight(periodStart);
        return new double[] {s, s * cloud, s * s, s * s * cloud};
    }
}
