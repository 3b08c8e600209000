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
import io.loadcast.forecast.core.model.WeatherUse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

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
 * {@code -Depochs=N} caps the epochs (default the family's 10). The setting chosen on 2023 ({@link
 * GbRecurrentBenchmark}'s grid) is given as {@code -Dsetting=hidden:lookback:lr:inputs:stride:from} (default the
 * family's defaults with the family's default inputs). With {@code -Dmean=true} the run also trains {@code day-ahead}
 * with its weather correction (2015, 2019-2023, {@link GbWeatherBenchmark}'s model) and scores the mean of both
 * forecasts on 2024, and repeats it all on the 2023 validation (both trained on data before 2023). Args: family
 * (lstm|gru), variant (plain|weather).
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
        int start2023 = GbWeatherBenchmark.at(recent, "2022-12-31T00:00:00Z");
        String setting = System.getProperty("setting", "");
        boolean mean = Boolean.getBoolean("mean");
        System.out.printf("%s %s, load average before: %s%n", family, args.length > 1 ? args[1] : "plain", load());
        String name = family.slug() + "-" + (withWeather ? "weather" : "plain") + setting.replace(':', '_');
        ForecastModel model = model(family, withWeather, setting, name, recent, start2024, actual);
        ForecastModel dayAhead = mean ? GbRecurrentMean.dayAhead(recent, start2024, actual) : null;
        // from the day before, so that 1 January 2024 is scored too
        int dec31 = GbWeatherBenchmark.at(recent, "2023-12-31T00:00:00Z");
        score("2024", model, dayAhead, recent, dec31, recent.size(), actual, noisy);
        if (mean) {
            ForecastModel validation = model(family, withWeather, setting, name + "-to2022", recent, start2023, actual);
            score(
                    "validation 2023",
                    validation,
                    GbRecurrentMean.dayAhead(recent, start2023, actual),
                    recent,
                    start2023,
                    start2024,
                    actual,
                    noisy);
        }
        System.out.printf("load average after: %s%n", load());
    }

    /** The net of {@code setting} trained on the data before {@code end} (read back when saved before). */
    static ForecastModel model(
            ModelFamily family,
            boolean withWeather,
            String setting,
            String name,
            HalfHourlySeries recent,
            int end,
            Map<LocalDate, DailyWeather> actual)
            throws Exception {
        Path saved = Path.of("target/bench-models/" + name + ".zip");
        if (Files.exists(saved) && !Boolean.getBoolean("retrain")) {
            ForecastModel model = ModelCodec.read(Files.readAllBytes(saved));
            System.out.printf("read %s (format %d)%n", saved, model.provenance().formatVersion());
            return model;
        }
        String[] p = setting.isEmpty() ? new String[0] : setting.split(":");
        RecurrentSpec spec = p.length < 3
                ? spec(family)
                : GbRecurrentBenchmark.spec(
                        family,
                        Integer.parseInt(p[0]),
                        Integer.parseInt(p[1]),
                        Double.parseDouble(p[2]),
                        spec(family).epochs());
        spec = p.length > 4 ? GbRecurrentBenchmark.withStride(spec, Integer.parseInt(p[4])) : spec;
        WeatherDays weather = withWeather ? new WeatherDays(actual) : null;
        Trainer trainer = p.length > 3
                ? Trainers.recurrent(family, weather, p[3].equals("calendar"))
                : weather != null ? Trainers.recurrentWithWeather(family, weather) : Trainers.forFamily(family);
        List<HalfHourlySeries> data = p.length > 5 && p[5].equals("2015")
                ? List.of(GbDemandData.years(2015).filled(), recent.slice(0, end))
                : List.of(recent.slice(0, end));
        TrainingContext context = new TrainingContext("gb-demand", "bench");
        long t0 = System.nanoTime();
        long cpu0 = GbRecurrentBenchmark.cpuNanos();
        int[] epochs = {0};
        ForecastModel model = trainer.train(data, spec, context, GbRecurrentBenchmark.progress(family, epochs));
        System.out.printf(
                "%s trained up to %s in %.0f s (%.0f CPU s), %d epochs, format %d, notes %s, load %s%n",
                name,
                recent.timeAt(end),
                (System.nanoTime() - t0) / 1e9,
                (GbRecurrentBenchmark.cpuNanos() - cpu0) / 1e9,
                epochs[0],
                model.provenance().formatVersion(),
                context.notes(),
                load());
        Files.createDirectories(saved.getParent());
        Files.write(saved, ModelCodec.write(model));
        return model;
    }

    /** The family's defaults, with {@code -Depochs} as the epoch budget when given (early stopping still applies). */
    static RecurrentSpec spec(ModelFamily family) {
        RecurrentSpec d = (RecurrentSpec) TrainingSpec.defaults(family);
        int epochs = Integer.getInteger("epochs", d.epochs());
        return GbRecurrentBenchmark.spec(family, d.hidden(), d.lookback(), d.learningRate(), epochs);
    }

    /**
     * Scores {@code model} on the days of {@code [from, to)} without weather, with the actuals and with forecast-like
     * weather; with {@code dayAhead}, also the mean of both models' forecasts in each of the three modes.
     */
    static void score(
            String what,
            ForecastModel model,
            @Nullable ForecastModel dayAhead,
            HalfHourlySeries s,
            int from,
            int to,
            Map<LocalDate, DailyWeather> actual,
            Map<LocalDate, DailyWeather> noisy) {
        GbDayAheadBenchmark.Score[] net = scores();
        GbDayAheadBenchmark.Score[] both = scores();
        GbDayAheadBenchmark.Score[] alone = scores();
        WeatherDays all = new WeatherDays(actual);
        int days = 0;
        int applied = 0;
        LocalDate first =
                s.timeAt(from).atZone(GbDemandData.LONDON).toLocalDate().plusDays(1);
        LocalDate last = s.timeAt(to - 1).atZone(GbDemandData.LONDON).toLocalDate();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            int dayStart = (int) s.indexOf(day.atStartOfDay(GbDemandData.LONDON).toInstant());
            int dayEnd = (int)
                    s.indexOf(day.plusDays(1).atStartOfDay(GbDemandData.LONDON).toInstant());
            Instant origin =
                    day.minusDays(1).atTime(9, 0).atZone(GbDemandData.LONDON).toInstant();
            int o = (int) s.indexOf(origin);
            if (dayStart < from || dayEnd > to || dayEnd - o > model.maxHorizon()) {
                continue;
            }
            double[] history = Arrays.copyOf(s.values(), o);
            WeatherDays known = GbWeatherBenchmark.knownAt(origin, actual, noisy);
            double[][] f = forecasts(model, history, origin, dayEnd - o, all, known);
            applied += model instanceof WeatherAwareModel w
                            && w.usesWeather()
                            && w.predict(history, origin, dayEnd - o, all).use() == WeatherUse.APPLIED
                    ? 1
                    : 0;
            double[][] d = dayAhead == null ? null : forecasts(dayAhead, history, origin, dayEnd - o, all, known);
            days++;
            for (int i = dayStart; i < dayEnd; i++) {
                for (int m = 0; m < 3; m++) {
                    net[m].add(s.values()[i], f[m][i - o], 0);
                    if (d != null) {
                        alone[m].add(s.values()[i], d[m][i - o], 0);
                        both[m].add(s.values()[i], (f[m][i - o] + d[m][i - o]) / 2, 0);
                    }
                }
            }
        }
        System.out.printf(
                "GB-ND %s %s format %d (%d periods, %d days, weather on every step of %d): %s%n",
                what,
                model.provenance().spec().family(),
                model.provenance().formatVersion(),
                net[0].n,
                days,
                applied,
                row(net));
        if (dayAhead != null) {
            System.out.printf("GB-ND %s day-ahead+weather alone: %s%n", what, row(alone));
            System.out.printf("GB-ND %s mean of net and day-ahead+weather: %s%n", what, row(both));
        }
    }

    /** Forecasts without weather, with the actuals, with the weather known at the origin. */
    private static double[][] forecasts(
            ForecastModel model, double[] history, Instant origin, int horizon, WeatherDays all, WeatherDays known) {
        double[] base = model.predict(history, origin, horizon);
        if (!(model instanceof WeatherAwareModel w) || !w.usesWeather()) {
            return new double[][] {base, base, base};
        }
        return new double[][] {
            base,
            w.predict(history, origin, horizon, all).values(),
            w.predict(history, origin, horizon, known).values()
        };
    }

    private static GbDayAheadBenchmark.Score[] scores() {
        return new GbDayAheadBenchmark.Score[] {
            new GbDayAheadBenchmark.Score(), new GbDayAheadBenchmark.Score(), new GbDayAheadBenchmark.Score()
        };
    }

    private static String row(GbDayAheadBenchmark.Score[] m) {
        return String.format(
                "without weather MAPE %.2f%% (MAE %.0f MW); weather actuals as forecast %.2f%% (%.0f MW);"
                        + " forecast-like weather %.2f%% (%.0f MW)",
                m[0].mape(), m[0].mae(), m[1].mape(), m[1].mae(), m[2].mape(), m[2].mae());
    }

    static String load() {
        return GbWeatherScore.load();
    }
}
