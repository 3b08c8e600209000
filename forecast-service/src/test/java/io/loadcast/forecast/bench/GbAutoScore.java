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
import java.util.Locale;
import java.util.Map;

/**
 * GB-ND from 09:00 D-1 for every period of each day D from {@code from} to the end of the series: each model's
 * forecasts computed once, the weather-aware ones given forecast-like weather (actuals before the origin's day, noisy
 * from it on) and, for comparison, the actuals; any mean of models is scored from those.
 */
final class GbAutoScore {

    /** A model's forecasts for every scored period, with forecast-like weather and with the weather actuals. */
    record Forecasts(double[] forecastLike, double[] withActuals) {}

    /** One day D: its 09:00 D-1 origin and its periods, as indices into the series. */
    private record Day(Instant origin, int o, int start, int end) {}

    private final HalfHourlySeries series;
    private final List<Day> days = new ArrayList<>();
    private final double[] observed;
    private final Map<LocalDate, DailyWeather> actual;
    private final Map<LocalDate, DailyWeather> noisy;

    GbAutoScore(
            HalfHourlySeries series,
            int from,
            Map<LocalDate, DailyWeather> actual,
            Map<LocalDate, DailyWeather> noisy) {
        this.series = series;
        this.actual = actual;
        this.noisy = noisy;
        LocalDate first = series.timeAt(from).atZone(GbDemandData.LONDON).toLocalDate();
        LocalDate last = series.end().atZone(GbDemandData.LONDON).toLocalDate();
        for (LocalDate day = first; day.isBefore(last); day = day.plusDays(1)) {
            int start =
                    (int) series.indexOf(day.atStartOfDay(GbDemandData.LONDON).toInstant());
            int end = (int) series.indexOf(
                    day.plusDays(1).atStartOfDay(GbDemandData.LONDON).toInstant());
            Instant origin =
                    day.minusDays(1).atTime(9, 0).atZone(GbDemandData.LONDON).toInstant();
            if (end <= series.size()) {
                days.add(new Day(origin, (int) series.indexOf(origin), start, end));
            }
        }
        observed = concat(d -> Arrays.copyOfRange(series.values(), d.start(), d.end()));
    }

    Forecasts of(ForecastModel model) {
        if (!(model instanceof WeatherAwareModel aware && aware.usesWeather())) {
            double[] f = concat(d -> slice(d, model.predict(history(d), d.origin(), d.end() - d.o())));
            return new Forecasts(f, f);
        }
        WeatherDays all = new WeatherDays(actual);
        return new Forecasts(
                concat(d -> slice(
                        d,
                        aware.predict(history(d), d.origin(), d.end() - d.o(), knownAt(d))
                                .values())),
                concat(d -> slice(
                        d,
                        aware.predict(history(d), d.origin(), d.end() - d.o(), all)
                                .values())));
    }

    /** The mean of {@code members}: MAPE and MAE with forecast-like weather, then with the weather actuals. */
    String row(List<Forecasts> members) {
        GbDayAheadBenchmark.Score like =
                score(members.stream().map(Forecasts::forecastLike).toList());
        GbDayAheadBenchmark.Score act =
                score(members.stream().map(Forecasts::withActuals).toList());
        return String.format(
                Locale.ROOT, "%5.2f%% %5.0f MW | %5.2f%% %5.0f MW", like.mape(), like.mae(), act.mape(), act.mae());
    }

    /** The MAPE of the mean of {@code members} with forecast-like weather. */
    double mape(List<Forecasts> members) {
        return score(members.stream().map(Forecasts::forecastLike).toList()).mape();
    }

    int periods() {
        return observed.length;
    }

    private GbDayAheadBenchmark.Score score(List<double[]> forecasts) {
        GbDayAheadBenchmark.Score s = new GbDayAheadBenchmark.Score();
        for (int i = 0; i < observed.length; i++) {
            double mean = 0;
            for (double[] f : forecasts) {
                mean += f[i] / forecasts.size();
            }
            s.add(observed[i], mean, 0);
        }
        return s;
    }

    private WeatherDays knownAt(Day d) {
        return GbWeatherBenchmark.knownAt(d.origin(), actual, noisy);
    }

    private double[] history(Day d) {
        return Arrays.copyOf(series.values(), d.o());
    }

    private static double[] slice(Day d, double[] forecast) {
        return Arrays.copyOfRange(forecast, d.start() - d.o(), d.end() - d.o());
    }

    private double[] concat(java.util.function.Function<Day, double[]> perDay) {
        return days.stream().map(perDay).flatMapToDouble(Arrays::stream).toArray();
    }
}
