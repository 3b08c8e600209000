package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.DailyWeather;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.ModelCodec;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.RecurrentSpec;
import io.loadcast.forecast.core.model.Trainer;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import io.loadcast.forecast.core.model.WeatherAwareModel;
import io.loadcast.forecast.core.model.WeatherForecast;
import io.loadcast.forecast.core.model.WeatherUse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * GB-ND 2024, 09:00 D-1 for every period of D ({@link GbWeatherBenchmark}'s protocol), for the direct LSTM/GRU with
 * their defaults (nothing chosen; the net's own early stopping uses the last 8 weeks of 2023) trained on 2019-2023,
 * without weather ({@code plain}) or with the weather inputs ({@code weather}: the shipped {@code
 * Trainers.recurrentWithWeather} on the shared London weather: daily 2019-2020, hourly from 2023-11-11, nothing in
 * between). The weather net is scored with the weather actuals as its forecast ("actuals as forecast", what backtests
 * do), with forecast-like weather (days from the origin's day on: temperature + N(0, {@code -Dtsigma}, default 1.2 C),
 * cloud + N(0, 20 points), seed 42; earlier days actuals, as serving merges them), and with no weather at all (what it
 * serves when no forecast is stored: {@code UNAVAILABLE}). One JVM per variant (DL4J's resident memory grows per
 * epoch); the trained model is kept in {@code target/bench-models/} and reused unless {@code -Dretrain=true};
 * {@code -Depochs=N} caps the epochs (default the family's 10). Args:
 * family (lstm|gru), variant (plain|weather).
 */
public final class GbRecurrentWeatherBenchmark {

    public static void main(String[] args) throws Exception {
        ModelFamily family = ModelFamily.of(args.length > 0 ? args[0] : "gru");
        boolean withWeather = args.length > 1 && args[1].equals("weather");
        double tSigma = Double.parseDouble(System.getProperty("tsigma", "1.2"));
        Map<LocalDate, DailyWeather> actual = GbWeatherBenchmark.days(GbWeather.daily());
        Map<LocalDate, DailyWeather> noisy = GbWeatherBenchmark.perturbed(actual, tSigma, 20, new Random(42));
        HalfHourlySeries recent =
                GbDemandData.years(2019, 2020, 2021, 2022, 2023, 2024).filled();
        int start2024 = GbWeatherBenchmark.at(recent, "2024-01-01T00:00:00Z");
        System.out.printf("%s %s, load average before: %s%n", family, args.length > 1 ? args[1] : "plain", load());
        Path saved =
                Path.of("target/bench-models/" + family.slug() + "-" + (withWeather ? "weather" : "plain") + ".zip");
        ForecastModel model;
        if (Files.exists(saved) && !Boolean.getBoolean("retrain")) {
            model = ModelCodec.read(Files.readAllBytes(saved));
            System.out.printf("read %s (format %d)%n", saved, model.provenance().formatVersion());
        } else {
            Trainer trainer = withWeather
                    ? Trainers.recurrentWithWeather(family, new WeatherDays(actual))
                    : Trainers.forFamily(family);
            TrainingContext context = new TrainingContext("gb-demand", "bench");
            long t0 = System.nanoTime();
            int[] epochs = {0};
            model = trainer.train(
                    List.of(recent.slice(0, start2024)),
                    spec(family),
                    context,
                    GbRecurrentBenchmark.progress(family, epochs));
            System.out.printf(
                    "trained on 2019-2023 in %.0f s, %d epochs, format %d, notes %s, load %s%n",
                    (System.nanoTime() - t0) / 1e9,
                    epochs[0],
                    model.provenance().formatVersion(),
                    context.notes(),
                    load());
            Files.createDirectories(saved.getParent());
            Files.write(saved, ModelCodec.write(model));
        }
        score(model, recent, start2024, actual, noisy);
        System.out.printf("load average after: %s%n", load());
    }

    /** The family's defaults, with {@code -Depochs} as the epoch budget when given (early stopping still applies). */
    static RecurrentSpec spec(ModelFamily family) {
        RecurrentSpec d = (RecurrentSpec) TrainingSpec.defaults(family);
        int epochs = Integer.getInteger("epochs", d.epochs());
        return GbRecurrentBenchmark.spec(family, d.hidden(), d.lookback(), d.learningRate(), epochs);
    }

    static void score(
            ForecastModel model,
            HalfHourlySeries s,
            int from,
            Map<LocalDate, DailyWeather> actual,
            Map<LocalDate, DailyWeather> noisy) {
        GbDayAheadBenchmark.Score none = new GbDayAheadBenchmark.Score();
        GbDayAheadBenchmark.Score actuals = new GbDayAheadBenchmark.Score();
        GbDayAheadBenchmark.Score forecastLike = new GbDayAheadBenchmark.Score();
        boolean aware = model instanceof WeatherAwareModel w && w.usesWeather();
        WeatherDays all = new WeatherDays(actual);
        int days = 0;
        int applied = 0;
        LocalDate first = s.timeAt(from).atZone(GbDemandData.LONDON).toLocalDate();
        LocalDate last = s.end().atZone(GbDemandData.LONDON).toLocalDate();
        for (LocalDate day = first; day.isBefore(last); day = day.plusDays(1)) {
            int dayStart = (int) s.indexOf(day.atStartOfDay(GbDemandData.LONDON).toInstant());
            int dayEnd = (int)
                    s.indexOf(day.plusDays(1).atStartOfDay(GbDemandData.LONDON).toInstant());
            Instant origin =
                    day.minusDays(1).atTime(9, 0).atZone(GbDemandData.LONDON).toInstant();
            int o = (int) s.indexOf(origin);
            if (dayEnd > s.size() || dayEnd - o > model.maxHorizon()) {
                continue;
            }
            double[] history = Arrays.copyOf(s.values(), o);
            double[] base = model.predict(history, origin, dayEnd - o);
            double[] withActuals = base;
            double[] withNoisy = base;
            if (aware) {
                WeatherAwareModel w = (WeatherAwareModel) model;
                WeatherForecast a = w.predict(history, origin, dayEnd - o, all);
                withActuals = a.values();
                withNoisy = w.predict(history, origin, dayEnd - o, GbWeatherBenchmark.knownAt(origin, actual, noisy))
                        .values();
                applied += a.use() == WeatherUse.APPLIED ? 1 : 0;
            }
            days++;
            for (int i = dayStart; i < dayEnd; i++) {
                none.add(s.values()[i], base[i - o], 0);
                actuals.add(s.values()[i], withActuals[i - o], 0);
                forecastLike.add(s.values()[i], withNoisy[i - o], 0);
            }
        }
        System.out.printf(
                "GB-ND 2024 %s format %d (%d periods, %d days, weather on every step of %d): without weather MAPE"
                        + " %.2f%% (MAE %.0f MW); weather actuals as forecast %.2f%% (%.0f MW); forecast-like"
                        + " weather %.2f%% (%.0f MW)%n",
                model.provenance().spec().family(),
                model.provenance().formatVersion(),
                none.n,
                days,
                applied,
                none.mape(),
                none.mae(),
                actuals.mape(),
                actuals.mae(),
                forecastLike.mape(),
                forecastLike.mae());
    }

    static String load() {
        return GbWeatherScore.load();
    }
}
