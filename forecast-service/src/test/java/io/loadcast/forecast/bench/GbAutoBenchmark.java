package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.DailyWeather;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.model.AutoSpec;
import io.loadcast.forecast.core.model.Candidates;
import io.loadcast.forecast.core.model.EnsembleModel;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.ModelCodec;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Family {@code auto} end to end on GB-ND: the shipped {@code Trainers.forFamily(AUTO, weather)} trained on 2019-2023
 * with the shared London weather (actuals up to 2023, as a training run reads them), its validation MAPE per
 * candidate and its choice (the trainer's own notes), then GB-ND 2024 from 09:00 D-1 for every period of D with
 * forecast-like weather ({@link GbWeatherBenchmark}'s protocol, {@code -Dtsigma}, default 1.2 C) for the chosen model,
 * for every candidate family refitted as {@code auto} refits it (its defaults, horizon 96, seed 42, all of 2019-2023,
 * the weather-aware trainer where the family takes weather) and for the means of the top 2 and top 3 by validation.
 * Prints wall and process CPU seconds and the load average per training. {@code -Dcandidates=day-ahead,linear,...}
 * limits the candidates (default all). Refitted models are kept in {@code target/bench-models/auto/}.
 */
public final class GbAutoBenchmark {

    public static void main(String[] args) throws Exception {
        double tSigma = Double.parseDouble(System.getProperty("tsigma", "1.2"));
        Map<LocalDate, DailyWeather> actual = GbWeatherBenchmark.days(GbWeather.daily());
        Map<LocalDate, DailyWeather> noisy = GbWeatherBenchmark.perturbed(actual, tSigma, 20, new Random(42));
        Map<LocalDate, DailyWeather> known = new LinkedHashMap<>();
        actual.forEach((day, w) -> {
            if (day.getYear() < 2024) {
                known.put(day, w);
            }
        });
        WeatherDays trainingWeather = new WeatherDays(known);
        HalfHourlySeries recent =
                GbDemandData.years(2019, 2020, 2021, 2022, 2023, 2024).filled();
        int start2024 = GbWeatherBenchmark.at(recent, "2024-01-01T00:00:00Z");
        List<HalfHourlySeries> training = List.of(recent.slice(0, start2024));
        Candidates candidates = Candidates.of(System.getProperty("candidates", Candidates.ALL.toString()));
        AutoSpec spec = new AutoSpec(96, 42, candidates);
        TrainingContext context = new TrainingContext("gb-demand", "bench");
        System.out.printf("auto over %s, %d weather days before 2024%n", candidates, trainingWeather.size());

        Clock clock = new Clock();
        ForecastModel chosen = Trainers.forFamily(ModelFamily.AUTO, trainingWeather)
                .train(training, spec, context, EpochListener.NONE);
        System.out.printf("auto trained in %s%n", clock.lap());
        context.notes().forEach((k, v) -> System.out.printf("  %s: %s%n", k, v));

        Map<ModelFamily, ForecastModel> refits = new LinkedHashMap<>();
        List<ForecastModel> chosenMembers = chosen instanceof EnsembleModel e ? e.members() : List.of(chosen);
        for (ForecastModel m : chosenMembers) {
            refits.put(m.provenance().spec().family(), m);
        }
        for (ModelFamily family : ranked(context.notes().get("auto.validation_mape"))) {
            if (!refits.containsKey(family)) {
                TrainingSpec candidate =
                        TrainingSpec.defaults(family).withHorizon(96).withSeed(42);
                ForecastModel m = Trainers.forFamily(family, trainingWeather)
                        .train(training, candidate, new TrainingContext("gb-demand", "bench"), EpochListener.NONE);
                System.out.printf("refitted %s in %s%n", family, clock.lap());
                refits.put(family, m);
            }
        }
        save(refits);
        GbAutoScore score = new GbAutoScore(recent, start2024, actual, noisy);
        score.row("auto's choice: " + context.notes().get("auto.choice"), List.of(chosen));
        List<ModelFamily> ranked = ranked(context.notes().get("auto.validation_mape"));
        for (ModelFamily family : ranked) {
            score.row(family.slug(), List.of(refits.get(family)));
        }
        for (int k = 2; k <= Math.min(3, ranked.size()); k++) {
            score.row(
                    "mean of top " + k + " " + ranked.subList(0, k),
                    ranked.subList(0, k).stream().map(refits::get).toList());
        }
        System.out.printf("scored in %s%n", clock.lap());
    }

    /** The families of {@code auto.validation_mape} ({@code linear=4.770,day-ahead=3.720,...}), best first. */
    static List<ModelFamily> ranked(String validationMape) {
        List<Map.Entry<ModelFamily, Double>> entries = new ArrayList<>();
        for (String pair : validationMape.split(",")) {
            String[] kv = pair.split("=");
            entries.add(Map.entry(ModelFamily.of(kv[0]), Double.parseDouble(kv[1])));
        }
        entries.sort(Map.Entry.comparingByValue());
        return entries.stream().map(Map.Entry::getKey).toList();
    }

    private static void save(Map<ModelFamily, ForecastModel> refits) throws Exception {
        Path dir = Path.of("target/bench-models/auto");
        Files.createDirectories(dir);
        for (Map.Entry<ModelFamily, ForecastModel> e : refits.entrySet()) {
            Files.write(dir.resolve(e.getKey().slug() + ".zip"), ModelCodec.write(e.getValue()));
        }
    }

    /** Wall and process CPU seconds since the last lap, with the load average. */
    static final class Clock {
        private final com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private long wall = System.nanoTime();
        private long cpu = os.getProcessCpuTime();

        String lap() {
            long now = System.nanoTime();
            long nowCpu = os.getProcessCpuTime();
            String out = String.format(
                    "%.0f s wall, %.0f s CPU (user+sys), load %s",
                    (now - wall) / 1e9, (nowCpu - cpu) / 1e9, GbWeatherScore.load());
            wall = now;
            cpu = nowCpu;
            return out;
        }
    }
}
