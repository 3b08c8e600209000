package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.evaluation.ConformalIntervals;
import io.loadcast.forecast.core.evaluation.ScoredForecast;
import io.loadcast.forecast.core.features.DailyWeather;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.model.DayAheadModel;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Rolling (serving-time) interval calibration of {@code day-ahead} + weather over a year Y, against the training-time
 * widths ({@link GbCoverageBenchmark}'s protocol: model trained on 2015 and 2019..Y-1 minus its last 8 weeks, widths
 * from those weeks' 12-hourly backtest with the weather actuals). Every day D of Y is forecast from 09:00 D-1 with
 * forecast-like weather; its intervals come from each variant applied to the same model's forecasts from the 09:00
 * origins of the last N weeks (forecast-like weather too), each step used only when its reading came before the
 * origin being served. Origins before the calibration window are not used (the model trained on them). Args: the
 * years (default 2020 2023, the validation years; 2024 is the test year).
 */
public final class GbRollingCoverageBenchmark {

    private static final int WEEKS = 8;
    private static final int H = 96;

    public static void main(String[] args) throws Exception {
        long cpu0 = GbRollingVariants.cpuNanos();
        Map<LocalDate, DailyWeather> actual = GbWeatherBenchmark.days(GbWeather.daily());
        Map<LocalDate, DailyWeather> noisy = GbWeatherBenchmark.perturbed(actual, 1.2, 20, new Random(42));
        HalfHourlySeries y2015 = GbDemandData.years(2015).filled();
        HalfHourlySeries s =
                GbDemandData.years(2019, 2020, 2021, 2022, 2023, 2024).filled();
        System.out.printf("load average %s%n", GbWeatherScore.load());
        for (String arg : args.length == 0 ? new String[] {"2020", "2023"} : args) {
            int year = Integer.parseInt(arg);
            int start = GbWeatherBenchmark.at(s, year + "-01-01T00:00:00Z");
            int end = year == 2024 ? s.size() : GbWeatherBenchmark.at(s, (year + 1) + "-01-01T00:00:00Z");
            int calibrationStart = start - WEEKS * HalfHourlySeries.STEPS_PER_WEEK;
            DayAheadModel model = (DayAheadModel) Trainers.dayAheadWithWeather(t -> true, new WeatherDays(actual))
                    .train(
                            List.of(y2015, s.slice(0, calibrationStart)),
                            TrainingSpec.defaults(ModelFamily.DAY_AHEAD),
                            new TrainingContext("gb-demand", "bench"),
                            EpochListener.NONE);
            ConformalIntervals training =
                    GbRollingVariants.trainingWidths(model, s, calibrationStart, start, new WeatherDays(actual));
            Map<String, RollingScore> scores = new LinkedHashMap<>();
            GbRollingVariants.all().forEach((name, v) -> scores.put(name, new RollingScore()));
            // widths a variant last worked out and on which day (index of the scored days), reused until due again
            Map<String, ConformalIntervals> reused = new HashMap<>();
            Map<String, Integer> workedOut = new HashMap<>();
            int scoredDay = 0;
            List<Integer> origins = new ArrayList<>();
            List<ScoredForecast> daily = new ArrayList<>();
            LocalDate first = s.timeAt(calibrationStart)
                    .atZone(GbDemandData.LONDON)
                    .toLocalDate()
                    .plusDays(2);
            for (LocalDate day = first; ; day = day.plusDays(1)) {
                int dayEnd = (int) s.indexOf(
                        day.plusDays(1).atStartOfDay(GbDemandData.LONDON).toInstant());
                if (dayEnd > end) {
                    break;
                }
                Instant origin = day.minusDays(1)
                        .atTime(9, 0)
                        .atZone(GbDemandData.LONDON)
                        .toInstant();
                int o = (int) s.indexOf(origin);
                double[] f = model.predict(
                                Arrays.copyOf(s.values(), o),
                                origin,
                                H,
                                GbWeatherBenchmark.knownAt(origin, actual, noisy))
                        .values();
                double[] a = new double[H];
                for (int h = 0; h < H; h++) {
                    a[h] = o + h < s.size() ? s.values()[o + h] : Double.NaN;
                }
                int dayStart =
                        (int) s.indexOf(day.atStartOfDay(GbDemandData.LONDON).toInstant());
                if (dayStart >= start) {
                    int quarter = (day.getMonthValue() - 1) / 3;
                    int today = scoredDay++;
                    GbRollingVariants.all().forEach((name, v) -> {
                        Integer last = workedOut.get(name);
                        if (last == null || today - last >= v.refreshDays()) {
                            reused.put(name, v.apply(training, known(origins, daily, o, v)));
                            workedOut.put(name, today);
                        }
                        ConformalIntervals iv = reused.get(name);
                        for (int i = dayStart; i < dayEnd; i++) {
                            scores.get(name).add(iv, i - o, f[i - o], s.values()[i], quarter);
                        }
                    });
                }
                origins.add(o);
                daily.add(new ScoredForecast(a, f));
            }
            System.out.printf(
                    "%d: model on 2015 and 2019..%s, training widths from the last %d weeks; load %s%n",
                    year, s.timeAt(calibrationStart), WEEKS, GbWeatherScore.load());
            scores.forEach((name, score) -> System.out.printf("  %d %-34s %s%n", year, name, score.line()));
        }
        System.out.printf(
                "CPU %.1f s, load average %s%n", (GbRollingVariants.cpuNanos() - cpu0) / 1e9, GbWeatherScore.load());
    }

    /** The last {@code weeks} of daily forecasts before {@code o}, each step masked unless read before {@code o}. */
    static List<ScoredForecast> known(
            List<Integer> origins, List<ScoredForecast> daily, int o, GbRollingVariants.Variant v) {
        List<ScoredForecast> out = new ArrayList<>();
        int from = Math.max(0, origins.size() - 7 * v.weeks());
        for (int k = from; k < origins.size(); k++) {
            double[] a = daily.get(k).actual().clone();
            for (int h = 0; h < a.length; h++) {
                if (origins.get(k) + h >= o) {
                    a[h] = Double.NaN;
                }
            }
            out.add(new ScoredForecast(a, daily.get(k).forecast()));
        }
        return out;
    }
}
