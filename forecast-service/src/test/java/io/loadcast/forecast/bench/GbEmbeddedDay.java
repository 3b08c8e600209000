package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.DailyWeather;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.model.DayAheadModel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One day D of {@link GbEmbeddedBound}: the model's forecasts from 09:00 D-1 with each weather protocol, turned into ND
 * forecasts (minus the actual embedded generation of D, minus its forecast, between the two) and scored against ND.
 */
final class GbEmbeddedDay {

    private GbEmbeddedDay() {}

    static void score(
            GbEmbeddedBound.Target target,
            DayAheadModel model,
            HalfHourlySeries series,
            HalfHourlySeries nd,
            GbEmbeddedForecast.Columns c,
            GbEmbeddedForecast embedded,
            LocalDate day,
            Map<LocalDate, DailyWeather> actual,
            Map<LocalDate, DailyWeather> noisy,
            List<Map<LocalDate, Double>> londonWind,
            GbEmbeddedScore score) {
        GbWindExperiment.Day d = GbWindExperiment.Day.of(series, day);
        double[][] f = {
            model.predict(d.history(), d.origin(), d.steps()),
            model.predict(d.history(), d.origin(), d.steps(), new WeatherDays(actual))
                    .values(),
            model.predict(d.history(), d.origin(), d.steps(), GbWeatherBenchmark.knownAt(d.origin(), actual, noisy))
                    .values()
        };
        double[] truth = Arrays.copyOfRange(nd.values(), d.start(), d.end());
        double[] added = new double[truth.length];
        for (int i = 0; i < truth.length; i++) {
            added[i] = series.values()[d.start() + i] - truth[i];
        }
        DailyWeather[] cloudOfD = {null, actual.get(day), noisy.get(day)};
        Double[] windOfD = {null, londonWind.get(0).get(day), londonWind.get(1).get(day)};
        for (int p = 0; p < f.length; p++) {
            double[] oracle = new double[truth.length];
            double[] realistic = new double[truth.length];
            double[] london = new double[truth.length];
            double[][] e = embedded.forecast(c, d, cloudOfD[p], windOfD[p]);
            for (int i = 0; i < truth.length; i++) {
                double forecast = f[p][d.start() - d.o() + i];
                oracle[i] = forecast - added[i];
                realistic[i] = forecast - (target.wind ? e[0][i] : 0) - (target.solar ? e[1][i] : 0);
                london[i] = forecast - (target.wind ? e[2][i] : 0) - (target.solar ? e[1][i] : 0);
            }
            if (target.wind && embedded.hasProxy()) {
                score.add(target + " realistic, wind from London proxy", p, day, truth, london);
            }
            if (target == GbEmbeddedBound.Target.ND) {
                score.add("ND (baseline)", p, day, truth, oracle);
            } else {
                score.add(target + " ORACLE (actual embedded of D)", p, day, truth, oracle);
                score.add(target + " realistic (forecast embedded)", p, day, truth, realistic);
                score.embedded(target.toString(), p, oracle, realistic);
            }
            if (target == GbEmbeddedBound.Target.GROSS) {
                for (double lambda : GbEmbeddedBound.LAMBDAS) {
                    double[] partial = new double[truth.length];
                    for (int i = 0; i < truth.length; i++) {
                        partial[i] = oracle[i] + lambda * (realistic[i] - oracle[i]);
                    }
                    score.add(
                            String.format("GROSS, %.2f x realistic's embedded error", lambda), p, day, truth, partial);
                }
            }
        }
    }
}
