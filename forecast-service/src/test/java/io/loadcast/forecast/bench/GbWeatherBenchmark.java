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
import io.loadcast.forecast.core.model.WeatherForecast;
import io.loadcast.forecast.core.model.WeatherUse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What weather buys the {@code day-ahead} family on GB-ND, 09:00 D-1 for every period of D, through the shipped code
 * path: {@code Trainers.dayAheadWithWeather} (what a training run with stored weather actuals uses; origins of every
 * hour, stride and penalty as the service's defaults) and {@code DayAheadModel.predict(..., WeatherDays)} (what
 * serving calls). The correction is fitted where London weather exists in the training years (2015, 2019-2020 daily;
 * 2023-11-11.. hourly), validated on 2023-11-12..12-31 with a model trained without 2023, then scored on 2024 with the
 * weather actuals as the forecast ("actuals as forecast", what backtests do) and with the days from the origin's day
 * on perturbed by a typical day-ahead forecast error (daily mean temperature sigma {@code -Dtsigma}, default 1.2 C;
 * cloud cover sigma 20 points), seeded; days before the origin's day stay actuals, as serving merges them.
 */
public final class GbWeatherBenchmark {

    public static void main(String[] args) throws Exception {
        double tSigma = Double.parseDouble(System.getProperty("tsigma", "1.2"));
        Map<LocalDate, DailyWeather> actual = days(GbWeather.daily());
        Map<LocalDate, DailyWeather> noisy = perturbed(actual, tSigma, 20, new Random(42));
        HalfHourlySeries y2015 = GbDemandData.years(2015).filled();
        HalfHourlySeries recent =
                GbDemandData.years(2019, 2020, 2021, 2022, 2023, 2024).filled();
        int start2023 = at(recent, "2022-12-31T00:00:00Z");
        int late2023 = at(recent, "2023-11-12T00:00:00Z");
        int start2024 = at(recent, "2024-01-01T00:00:00Z");
        TrainingSpec spec = TrainingSpec.defaults(ModelFamily.DAY_AHEAD);
        TrainingContext context = new TrainingContext("gb-demand", "bench");
        WeatherDays actuals = new WeatherDays(actual);
        System.out.printf("load average before: %s%n", GbWeatherScore.load());

        long t0 = System.nanoTime();
        DayAheadModel validation = (DayAheadModel) Trainers.dayAheadWithWeather(t -> true, actuals)
                .train(List.of(y2015, recent.slice(0, start2023)), spec, context, EpochListener.NONE);
        System.out.printf(
                "validation model (2015, 2019-2022; correction on their days with weather) in %.1f s, format %d%n",
                (System.nanoTime() - t0) / 1e9, validation.provenance().formatVersion());
        score("validation 2023-11-12..12-31", validation, recent, late2023, start2024, actual, noisy);

        long t1 = System.nanoTime();
        DayAheadModel model = (DayAheadModel) Trainers.dayAheadWithWeather(t -> true, actuals)
                .train(List.of(y2015, recent.slice(0, start2024)), spec, context, EpochListener.NONE);
        System.out.printf(
                "test model (2015, 2019-2023) in %.1f s, format %d%n",
                (System.nanoTime() - t1) / 1e9, model.provenance().formatVersion());
        score("test 2024", model, recent, start2024, recent.size(), actual, noisy);
        System.out.printf(
                "total %.1f s, load average after: %s%n", (System.nanoTime() - t0) / 1e9, GbWeatherScore.load());
    }

    static int at(HalfHourlySeries s, String time) {
        return (int) s.indexOf(Instant.parse(time));
    }

    static Map<LocalDate, DailyWeather> days(Map<LocalDate, GbWeather.Day> weather) {
        Map<LocalDate, DailyWeather> out = new HashMap<>();
        weather.forEach((day, w) -> out.put(day, new DailyWeather(w.temperature(), w.cloud())));
        return out;
    }

    static Map<LocalDate, DailyWeather> perturbed(
            Map<LocalDate, DailyWeather> actual, double tSigma, double cloudSigma, Random random) {
        Map<LocalDate, DailyWeather> out = new HashMap<>();
        actual.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.put(
                        e.getKey(),
                        new DailyWeather(
                                e.getValue().temperature() + tSigma * random.nextGaussian(),
                                Math.max(
                                        0, Math.min(100, e.getValue().cloud() + cloudSigma * random.nextGaussian())))));
        return out;
    }

    /** Forecast-like weather at an origin: actuals before the origin's local day, noisy from it on. */
    static WeatherDays knownAt(
            Instant origin, Map<LocalDate, DailyWeather> actual, Map<LocalDate, DailyWeather> noisy) {
        LocalDate day = origin.atZone(GbDemandData.LONDON).toLocalDate();
        Map<LocalDate, DailyWeather> out = new HashMap<>();
        for (LocalDate d = day.minusDays(9); d.isBefore(day.plusDays(3)); d = d.plusDays(1)) {
            DailyWeather w = (d.isBefore(day) ? actual : noisy).get(d);
            if (w != null) {
                out.put(d, w);
            }
        }
        return new WeatherDays(out);
    }

    static void score(
            String what,
            DayAheadModel model,
            HalfHourlySeries s,
            int from,
            int to,
            Map<LocalDate, DailyWeather> actual,
            Map<LocalDate, DailyWeather> noisy) {
        GbWeatherScore scores = new GbWeatherScore();
        WeatherDays actuals = new WeatherDays(actual);
        LocalDate first =
                s.timeAt(from).atZone(GbDemandData.LONDON).toLocalDate().plusDays(1);
        LocalDate last = s.timeAt(to - 1).atZone(GbDemandData.LONDON).toLocalDate();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            int dayStart =
                    at(s, day.atStartOfDay(GbDemandData.LONDON).toInstant().toString());
            int dayEnd = (int)
                    s.indexOf(day.plusDays(1).atStartOfDay(GbDemandData.LONDON).toInstant());
            if (dayStart < from || dayEnd > to) {
                continue;
            }
            Instant origin =
                    day.minusDays(1).atTime(9, 0).atZone(GbDemandData.LONDON).toInstant();
            int o = (int) s.indexOf(origin);
            double[] history = Arrays.copyOf(s.values(), o);
            double[] base = model.predict(history, origin, dayEnd - o);
            WeatherForecast withActuals = model.predict(history, origin, dayEnd - o, actuals);
            WeatherForecast withNoisy = model.predict(history, origin, dayEnd - o, knownAt(origin, actual, noisy));
            for (int i = dayStart; i < dayEnd; i++) {
                scores.add(
                        s.values()[i],
                        base[i - o],
                        withActuals.values()[i - o],
                        withNoisy.values()[i - o]);
            }
            scores.days(withActuals.use() == WeatherUse.APPLIED);
        }
        scores.print(what);
    }
}
