package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.DailyWeather;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.model.AutoChoice;
import io.loadcast.forecast.core.model.AutoSpec;
import io.loadcast.forecast.core.model.AutoValidation;
import io.loadcast.forecast.core.model.Candidates;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Family {@code auto} end to end on GB-ND, train on 2019 to the year before the test year (the argument, default 2024) with
 * the shared London weather known before it (as a training run reads it), score the test year from 09:00 D-1 for
 * every period of D with forecast-like weather ({@link GbWeatherBenchmark}'s protocol, {@code -Dtsigma}, default
 * 1.2 C). {@code auto}'s own steps: {@link AutoValidation#run} on the last {@code -Dweeks} (default 8) weeks of the
 * training data, then every candidate refitted on all of it as {@code auto} refits its choice (defaults, horizon 96,
 * seed 42, the weather-aware trainer where the family takes weather) and scored on the test year once; then the
 * protocols ({@link GbAutoProtocols}) are compared from those cached forecasts, without training again. {@code
 * -Dcandidates=day-ahead,linear,...} limits the candidates (default all). {@code -Drefit=chosen} refits the
 * nets only when some protocol chooses them (the others are scored as fitted for validation, on the training data
 * minus the span), {@code -Drefit=none} none (every candidate scored as fitted for validation: the protocols compared
 * on the same models), default {@code all}. Refits are kept in {@code target/bench-models/auto-<test year>/}. Prints wall and process CPU seconds and the load average per step.
 */
public final class GbAutoBenchmark {

    public static void main(String[] args) throws Exception {
        int testYear = args.length > 0 ? Integer.parseInt(args[0]) : 2024;
        int weeks = Integer.getInteger("weeks", 8);
        String refit = System.getProperty("refit", "all");
        double tSigma = Double.parseDouble(System.getProperty("tsigma", "1.2"));
        Map<LocalDate, DailyWeather> actual = GbWeatherBenchmark.days(GbWeather.daily());
        Map<LocalDate, DailyWeather> noisy = GbWeatherBenchmark.perturbed(actual, tSigma, 20, new Random(42));
        Map<LocalDate, DailyWeather> known = new LinkedHashMap<>();
        actual.forEach((day, w) -> {
            if (day.getYear() < testYear) {
                known.put(day, w);
            }
        });
        WeatherDays weather = new WeatherDays(known);
        HalfHourlySeries recent = GbDemandData.years(
                        IntStream.rangeClosed(2019, testYear).toArray())
                .filled();
        int start = GbWeatherBenchmark.at(recent, testYear + "-01-01T00:00:00Z");
        List<HalfHourlySeries> training = List.of(recent.slice(0, start));
        Candidates candidates = Candidates.of(System.getProperty("candidates", Candidates.ALL.toString()));
        AutoSpec spec = new AutoSpec(96, 42, candidates);
        int span = AutoValidation.span(training, weeks * HalfHourlySeries.STEPS_PER_WEEK);
        System.out.printf(
                "auto over %s: train 2019-%d (%d weather days), validate on its last %d periods, test %d%n",
                candidates, testYear - 1, weather.size(), span, testYear);

        Clock clock = new Clock();
        Map<ModelFamily, ForecastModel> fits = new LinkedHashMap<>();
        AutoValidation.Result validation = AutoValidation.run(
                training, spec, candidates, weather, span, new TrainingContext("gb-demand", "bench"), fits::put);
        System.out.printf("validation fits in %s%n", clock.lap());
        Set<ModelFamily> chosen = GbAutoProtocols.chosen(validation);
        System.out.printf("chosen by some protocol: %s; refit %s%n", chosen, refit);
        Map<ModelFamily, ForecastModel> refits = new LinkedHashMap<>();
        for (AutoChoice.Scored s : validation.scored()) {
            boolean net = s.family() == ModelFamily.LSTM || s.family() == ModelFamily.GRU;
            if (refit.equals("none") || (refit.equals("chosen") && net && !chosen.contains(s.family()))) {
                System.out.printf("%s: scored as fitted for validation (before the span), not refitted%n", s.family());
                refits.put(s.family(), fits.get(s.family()));
                continue;
            }
            TrainingSpec candidate =
                    TrainingSpec.defaults(s.family()).withHorizon(96).withSeed(42);
            refits.put(
                    s.family(),
                    Trainers.forFamily(s.family(), weather)
                            .train(training, candidate, new TrainingContext("gb-demand", "bench"), EpochListener.NONE));
            System.out.printf("refitted %s in %s%n", s.family(), clock.lap());
        }
        fits.clear();
        save(refits, testYear);
        GbAutoScore score = new GbAutoScore(recent, start, actual, noisy);
        Map<ModelFamily, GbAutoScore.Forecasts> test = new LinkedHashMap<>();
        refits.forEach((family, model) -> test.put(family, score.of(model)));
        System.out.printf(
                "%d forecast %d periods of %d in %s%n", refits.size(), score.periods(), testYear, clock.lap());
        new GbAutoProtocols(validation, test, score, testYear).print();
    }

    private static void save(Map<ModelFamily, ForecastModel> refits, int testYear) throws Exception {
        Path dir = Path.of("target/bench-models/auto-" + testYear);
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
