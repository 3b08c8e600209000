package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.DailyWeather;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.WeatherAwareModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * GB-ND 2024 from 09:00 D-1 for every period of D: the mean forecast of some models, the weather-aware ones given
 * forecast-like weather (actuals before the origin's day, noisy from it on) and, for comparison, the actuals.
 */
final class GbAutoScore {

    private final HalfHourlySeries series;
    private final int from;
    private final Map<LocalDate, DailyWeather> actual;
    private final Map<LocalDate, DailyWeather> noisy;

    GbAutoScore(
            HalfHourlySeries series,
            int from,
            Map<LocalDate, DailyWeather> actual,
            Map<LocalDate, DailyWeather> noisy) {
        this.series = series;
        this.from = from;
        this.actual = actual;
        this.noisy = noisy;
    }

    void row(String what, List<ForecastModel> models) {
        GbDayAheadBenchmark.Score forecastLike = new GbDayAheadBenchmark.Score();
        GbDayAheadBenchmark.Score actuals = new GbDayAheadBenchmark.Score();
        WeatherDays all = new WeatherDays(actual);
        HalfHourlySeries s = series;
        LocalDate first = s.timeAt(from).atZone(GbDemandData.LONDON).toLocalDate();
        LocalDate last = s.end().atZone(GbDemandData.LONDON).toLocalDate();
        for (LocalDate day = first; day.isBefore(last); day = day.plusDays(1)) {
            int dayStart = (int) s.indexOf(day.atStartOfDay(GbDemandData.LONDON).toInstant());
            int dayEnd = (int)
                    s.indexOf(day.plusDays(1).atStartOfDay(GbDemandData.LONDON).toInstant());
            Instant origin =
                    day.minusDays(1).atTime(9, 0).atZone(GbDemandData.LONDON).toInstant();
            int o = (int) s.indexOf(origin);
            if (dayEnd > s.size()) {
                continue;
            }
            double[] history = Arrays.copyOf(s.values(), o);
            WeatherDays knownAt = GbWeatherBenchmark.knownAt(origin, actual, noisy);
            double[] withNoisy = mean(models, history, origin, dayEnd - o, knownAt);
            double[] withActuals = mean(models, history, origin, dayEnd - o, all);
            for (int i = dayStart; i < dayEnd; i++) {
                forecastLike.add(s.values()[i], withNoisy[i - o], 0);
                actuals.add(s.values()[i], withActuals[i - o], 0);
            }
        }
        System.out.printf(
                "  %-60s 2024 MAPE %.2f%% (MAE %.0f MW) forecast-like weather; %.2f%% (%.0f MW) weather actuals;"
                        + " %d periods%n",
                what, forecastLike.mape(), forecastLike.mae(), actuals.mape(), actuals.mae(), forecastLike.n);
    }

    static double[] mean(List<ForecastModel> models, double[] history, Instant origin, int horizon, WeatherDays w) {
        double[] mean = new double[horizon];
        for (ForecastModel m : models) {
            double[] f = m instanceof WeatherAwareModel aware && aware.usesWeather()
                    ? aware.predict(history, origin, horizon, w).values()
                    : m.predict(history, origin, horizon);
            for (int h = 0; h < horizon; h++) {
                mean[h] += f[h] / models.size();
            }
        }
        return mean;
    }
}
