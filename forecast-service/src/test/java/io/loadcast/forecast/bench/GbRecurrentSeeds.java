package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.DailyWeather;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.model.EpochSnapshots;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.ModelCodec;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.RecurrentSpec;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seed noise of the direct net with weather inputs (the family's defaults, format 3): {@code train SEED} trains one
 * seed on the data before the scored year ({@code -Dyear=2023}, validation, trained on 2019-2022; {@code 2024} trained on
 * 2019-2023) keeping every epoch, and stores the scored year's 09:00 D-1 forecasts (no weather, actuals, forecast-like
 * weather as {@link GbRecurrentWeatherBenchmark}) of the best 3 epochs' checkpoints and of the parameter means of the
 * best 2 and 3 under {@code target/bench-models/seeds/}; {@code report SEED,...} prints the MAPE of each seed's
 * variants, of the forecast mean of the first k seeds (k = 1..K) and of those means with {@code day-ahead}+weather. One
 * JVM per seed (bench/forecast-gb-day-ahead.sh gru-seeds).
 */
public final class GbRecurrentSeeds {

    static final String[] VARIANTS = {"best", "epoch2", "epoch3", "params2", "params3"};

    public static void main(String[] args) throws Exception {
        ModelFamily family = ModelFamily.of(args[0]);
        int year = Integer.getInteger("year", 2023);
        Map<LocalDate, DailyWeather> actual = GbWeatherBenchmark.days(GbWeather.daily());
        HalfHourlySeries recent =
                GbDemandData.years(2019, 2020, 2021, 2022, 2023, 2024).filled();
        int end = GbWeatherBenchmark.at(recent, year == 2024 ? "2024-01-01T00:00:00Z" : "2022-12-31T00:00:00Z");
        int from = GbWeatherBenchmark.at(recent, year == 2024 ? "2023-12-31T00:00:00Z" : "2022-12-31T00:00:00Z");
        int to = year == 2024 ? recent.size() : GbWeatherBenchmark.at(recent, "2024-01-01T00:00:00Z");
        GbSeedScore days = new GbSeedScore(recent, from, to, actual);
        if (args[1].equals("train")) {
            train(family, Long.parseLong(args[2]), year, recent.slice(0, end), actual, days);
        } else {
            List<double[][][]> seeds = new ArrayList<>();
            for (String s : args[2].split(",")) {
                seeds.add(read(file(family, year, Long.parseLong(s))));
            }
            double[][] dayAhead =
                    Boolean.getBoolean("mean") ? days.forecasts(GbRecurrentMean.dayAhead(recent, end, actual)) : null;
            days.report(args[2].split(","), seeds, dayAhead);
        }
    }

    private static void train(
            ModelFamily family,
            long seed,
            int year,
            HalfHourlySeries data,
            Map<LocalDate, DailyWeather> actual,
            GbSeedScore days)
            throws Exception {
        RecurrentSpec spec =
                (RecurrentSpec) GbRecurrentWeatherBenchmark.spec(family).withSeed(seed);
        System.out.printf("%s seed %d, before %d, load %s%n", family, seed, year, GbWeatherScore.load());
        long t0 = System.nanoTime();
        long cpu0 = GbRecurrentBenchmark.cpuNanos();
        int[] epochs = {0};
        EpochSnapshots.Result r = EpochSnapshots.train(
                List.of(data), spec, new WeatherDays(actual), GbRecurrentBenchmark.progress(family, epochs), 3);
        System.out.printf(
                "seed %d trained in %.0f s wall, %.0f CPU s, %d epochs, best validation losses %s, load %s%n",
                seed,
                (System.nanoTime() - t0) / 1e9,
                (GbRecurrentBenchmark.cpuNanos() - cpu0) / 1e9,
                epochs[0],
                r.losses(),
                GbWeatherScore.load());
        Path dir = Path.of("target/bench-models/seeds");
        Files.createDirectories(dir);
        Files.write(
                dir.resolve(family.slug() + "-weather-s" + seed + "-before" + year + ".zip"),
                ModelCodec.write(r.byValidation().get(0)));
        List<ForecastModel> models = new ArrayList<>(r.byValidation());
        models.addAll(r.parameterMeans());
        // -Dvariants=1: only the best epoch's checkpoint (scoring is ~40 ms CPU per forecast)
        double[][][] out = new double[Math.min(models.size(), Integer.getInteger("variants", models.size()))][][];
        long s0 = System.nanoTime();
        for (int m = 0; m < out.length; m++) {
            out[m] = days.forecasts(models.get(m), m == 0);
        }
        System.out.printf("scored %d models in %.0f s%n", out.length, (System.nanoTime() - s0) / 1e9);
        try (ObjectOutputStream o = new ObjectOutputStream(Files.newOutputStream(file(family, year, seed)))) {
            o.writeObject(out);
        }
    }

    static Path file(ModelFamily family, int year, long seed) {
        return Path.of("target/bench-models/seeds/" + family.slug() + "-s" + seed + "-" + year + ".forecasts");
    }

    private static double[][][] read(Path file) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
            return (double[][][]) in.readObject();
        }
    }

    static Map<LocalDate, DailyWeather> noisy(Map<LocalDate, DailyWeather> actual) {
        double tSigma = Double.parseDouble(System.getProperty("tsigma", "1.2"));
        return GbWeatherBenchmark.perturbed(actual, tSigma, 20, new Random(42));
    }
}
