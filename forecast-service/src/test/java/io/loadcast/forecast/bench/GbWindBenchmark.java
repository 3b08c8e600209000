package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.DailyWeather;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.model.DayAheadModel;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Provenance;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The {@code day-ahead} wind stage (format 3) on GB-ND through the shipped path: weather built by {@code
 * WeatherDays.builder()} as the ingest client builds it (Heathrow daily rows 2015-2020 without wind, Open-Meteo hourly
 * rows with wind from 2023-11-11), {@code Trainers.dayAheadWithWeather}, {@code DayAheadModel.predict(...,
 * WeatherDays)}. Validation: trained on data before 2024-07-01, 2024-07-01..12-31 scored from 09:00 D-1 against the
 * same model without its wind stage (today's format-2 correction). Then the model trained to 2023-12-31 on all of
 * 2024, and the format the model trained to 2024-12-31 gets. Forecast-like weather: from the origin's local day on,
 * per day an offset N(0, 1.2 C) on temperature, N(0, 20 points) on cloud and N(0, {@code -Dwsigma}, default 1.5 m/s)
 * on wind, added to each of the day's rows, seeded.
 */
public final class GbWindBenchmark {

    static final LocalDate MID_2024 = LocalDate.of(2024, 7, 1);

    public static void main(String[] args) throws Exception {
        double windSigma = Double.parseDouble(System.getProperty("wsigma", "1.5"));
        Map<LocalDate, GbWeather.Day> daily = new TreeMap<>(GbWeather.daily());
        daily.keySet().removeIf(d -> d.getYear() > 2020);
        List<GbWind.Hour> hours = GbWind.rows();
        int seeds = Integer.getInteger("seeds", 1);
        WeatherDays actual = build(daily, hours, null);
        List<WeatherDays> noisy = new java.util.ArrayList<>();
        for (int seed = 42; seed < 42 + seeds; seed++) {
            noisy.add(build(daily, hours, offsets(daily, hours, windSigma, new Random(seed))));
        }
        HalfHourlySeries y2015 = GbDemandData.years(2015).filled();
        HalfHourlySeries recent =
                GbDemandData.years(2019, 2020, 2021, 2022, 2023, 2024).filled();
        System.out.printf(
                "load average before: %s; wind sigma %.1f m/s, %d noise seeds from 42%n",
                GbWeatherScore.load(), windSigma, seeds);
        DayAheadModel validation = train(y2015, recent, MID_2024, actual);
        score("validation 2024-07-01..12-31", validation, recent, MID_2024, actual, noisy);
        DayAheadModel test = train(y2015, recent, LocalDate.of(2024, 1, 1), actual);
        score("2024 (model to 2023-12-31)", test, recent, LocalDate.of(2024, 1, 1), actual, noisy);
        DayAheadModel latest = train(y2015, recent, LocalDate.of(2025, 1, 1), actual);
        System.out.printf(
                "load average after: %s (the model to 2024-12-31: format %d)%n",
                GbWeatherScore.load(), latest.provenance().formatVersion());
    }

    static DayAheadModel train(HalfHourlySeries y2015, HalfHourlySeries recent, LocalDate end, WeatherDays weather) {
        long t0 = System.nanoTime();
        double cpu0 = GbWindScore.cpu();
        int to = Math.min(recent.size(), (int)
                recent.indexOf(end.atStartOfDay(GbDemandData.LONDON).toInstant()));
        DayAheadModel model = (DayAheadModel) Trainers.dayAheadWithWeather(t -> true, weather)
                .train(
                        List.of(y2015, recent.slice(0, to)),
                        TrainingSpec.defaults(ModelFamily.DAY_AHEAD),
                        new TrainingContext("gb-demand", "bench"),
                        EpochListener.NONE);
        System.out.printf(
                "model to %s: format %d, wind stage %s, %.1f s wall, %.1f s CPU, load %s%n",
                end.minusDays(1),
                model.provenance().formatVersion(),
                model.wind() == null ? "none" : "fitted",
                (System.nanoTime() - t0) / 1e9,
                GbWindScore.cpu() - cpu0,
                GbWeatherScore.load());
        return model;
    }

    static void score(
            String what,
            DayAheadModel model,
            HalfHourlySeries s,
            LocalDate from,
            WeatherDays actual,
            List<WeatherDays> noisy) {
        DayAheadModel withoutWind = new DayAheadModel(
                model.provenance().withFormat(Provenance.WEATHER_FORMAT), model.weights(), model.weather());
        GbWindScore total = new GbWindScore();
        for (int k = 0; k < noisy.size(); k++) {
            GbWindScore score = new GbWindScore();
            for (LocalDate day = from; !day.isAfter(LocalDate.of(2024, 12, 31)); day = day.plusDays(1)) {
                GbWindExperiment.Day d = GbWindExperiment.Day.of(s, day);
                WeatherDays known = knownAt(d.origin(), actual, noisy.get(k));
                double[][] f = {
                    model.predict(d.history(), d.origin(), d.steps()),
                    withoutWind
                            .predict(d.history(), d.origin(), d.steps(), actual)
                            .values(),
                    withoutWind
                            .predict(d.history(), d.origin(), d.steps(), known)
                            .values(),
                    model.predict(d.history(), d.origin(), d.steps(), actual).values(),
                    model.predict(d.history(), d.origin(), d.steps(), known).values()
                };
                score.day(s, d, f);
                total.day(s, d, f);
            }
            score.print(what + ", noise seed " + (42 + k));
        }
        total.print(what + ", all " + noisy.size() + " seeds pooled");
    }

    /** Actual days before the origin's local day, forecast-like from it on, as serving merges them. */
    static WeatherDays knownAt(Instant origin, WeatherDays actual, WeatherDays noisy) {
        LocalDate first = day(origin);
        Map<LocalDate, DailyWeather> out = new HashMap<>();
        for (LocalDate d = first.minusDays(9); d.isBefore(first.plusDays(3)); d = d.plusDays(1)) {
            DailyWeather w = (d.isBefore(first) ? actual : noisy).get(d);
            if (w != null) {
                out.put(d, w);
            }
        }
        return new WeatherDays(out);
    }

    static Map<LocalDate, double[]> offsets(
            Map<LocalDate, GbWeather.Day> daily, List<GbWind.Hour> hours, double windSigma, Random random) {
        Map<LocalDate, double[]> offsets = new TreeMap<>();
        daily.keySet().forEach(d -> offsets.put(d, new double[3]));
        hours.forEach(h -> offsets.put(day(h.start()), new double[3]));
        offsets.replaceAll((d, o) ->
                new double[] {1.2 * random.nextGaussian(), 20 * random.nextGaussian(), windSigma * random.nextGaussian()
                });
        return offsets;
    }

    static WeatherDays build(
            Map<LocalDate, GbWeather.Day> daily, List<GbWind.Hour> hours, Map<LocalDate, double[]> offsets) {
        WeatherDays.Builder b = WeatherDays.builder();
        daily.forEach((d, w) -> {
            double[] o = offsets == null ? new double[3] : offsets.get(d);
            b.day(d, w.temperature() + o[0], clip(w.cloud() + o[1]));
        });
        for (GbWind.Hour h : hours) {
            double[] o = offsets == null ? new double[3] : offsets.get(day(h.start()));
            b.hour(h.start(), h.temperature() + o[0], clip(h.cloud() + o[1]), Math.max(0, h.wind() + o[2]));
        }
        return b.build();
    }

    static double clip(double cloud) {
        return Math.max(0, Math.min(100, cloud));
    }

    static LocalDate day(Instant t) {
        return t.atZone(GbDemandData.LONDON).toLocalDate();
    }

    private GbWindBenchmark() {}
}
