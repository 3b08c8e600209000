package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Trainer;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What weather buys the {@code day-ahead} family on GB-ND, 09:00 D-1 for every period of D. The weather
 * correction ({@link GbWeatherCorrection}) is fitted on the base model's own day-ahead errors where London weather
 * exists in its training years (2015, 2019-2020 daily; 2023-11-11.. hourly), validated on 2023-11-12..12-31 with a
 * base model trained without 2023, then scored on 2024 with weather actuals standing in for the forecast ("actuals
 * as forecast") and with the target days' weather perturbed by a typical day-ahead forecast error (daily mean
 * temperature sigma {@code -Dtsigma}, default 1.2 C; cloud cover sigma 20 points), seeded.
 */
public final class GbWeatherBenchmark {

    public static void main(String[] args) throws Exception {
        double tSigma = Double.parseDouble(System.getProperty("tsigma", "1.2"));
        Map<LocalDate, GbWeather.Day> actual = GbWeather.daily();
        Map<LocalDate, GbWeather.Day> noisy = perturbed(actual, tSigma, 20, new Random(42));
        HalfHourlySeries y2015 = GbDemandData.years(2015).filled();
        HalfHourlySeries recent =
                GbDemandData.years(2019, 2020, 2021, 2022, 2023, 2024).filled();
        int start2021 = at(recent, "2021-01-01T00:00:00Z");
        int start2023 = at(recent, "2022-12-31T00:00:00Z");
        int late2023 = at(recent, "2023-11-12T00:00:00Z");
        int start2024 = at(recent, "2024-01-01T00:00:00Z");
        Trainer trainer = GbDayAheadBenchmark.trainer(ModelFamily.DAY_AHEAD, "all");
        TrainingSpec spec = TrainingSpec.defaults(ModelFamily.DAY_AHEAD);
        TrainingContext context = new TrainingContext("gb-demand", "bench");

        long t0 = System.nanoTime();
        ForecastModel validationModel =
                trainer.train(List.of(y2015, recent.slice(0, start2023)), spec, context, EpochListener.NONE);
        GbWeatherCorrection v = fit(validationModel, y2015, recent, actual, new int[][] {{0, start2021}});
        System.out.printf("validation model and correction in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        score("validation 2023-11-12..12-31", validationModel, v, recent, late2023, start2024, actual, noisy);

        ForecastModel model =
                trainer.train(List.of(y2015, recent.slice(0, start2024)), spec, context, EpochListener.NONE);
        GbWeatherCorrection c = fit(model, y2015, recent, actual, new int[][] {{0, start2021}, {late2023, start2024}});
        score("test 2024", model, c, recent, start2024, recent.size(), actual, noisy);
        System.out.printf("total %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    static int at(HalfHourlySeries s, String time) {
        return (int) s.indexOf(Instant.parse(time));
    }

    static Map<LocalDate, GbWeather.Day> perturbed(
            Map<LocalDate, GbWeather.Day> actual, double tSigma, double cloudSigma, Random random) {
        Map<LocalDate, GbWeather.Day> out = new HashMap<>();
        actual.forEach((day, w) -> out.put(
                day,
                new GbWeather.Day(
                        w.temperature() + tSigma * random.nextGaussian(),
                        Math.max(0, Math.min(100, w.cloud() + cloudSigma * random.nextGaussian())))));
        return out;
    }

    /** Fits the correction on the model's day-ahead forecasts over 2015 and the given ranges of {@code recent}. */
    static GbWeatherCorrection fit(
            ForecastModel model,
            HalfHourlySeries y2015,
            HalfHourlySeries recent,
            Map<LocalDate, GbWeather.Day> weather,
            int[][] ranges) {
        GbWeatherCorrection correction = new GbWeatherCorrection();
        GbDayAheadBenchmark.dayAhead(model, y2015, 2000, y2015.size(), (origin, step, a, f, i) -> {
            double[] x = GbWeatherCorrection.features(y2015.timeAt(i), origin, weather, weather);
            if (x != null) {
                correction.add(y2015.timeAt(i), x, a, f);
            }
        });
        for (int[] r : ranges) {
            GbDayAheadBenchmark.dayAhead(model, recent, Math.max(r[0], 2000), r[1], (origin, step, a, f, i) -> {
                double[] x = GbWeatherCorrection.features(recent.timeAt(i), origin, weather, weather);
                if (x != null) {
                    correction.add(recent.timeAt(i), x, a, f);
                }
            });
        }
        correction.fit();
        return correction;
    }

    static void score(
            String what,
            ForecastModel model,
            GbWeatherCorrection correction,
            HalfHourlySeries s,
            int from,
            int to,
            Map<LocalDate, GbWeather.Day> actual,
            Map<LocalDate, GbWeather.Day> noisy) {
        GbDayAheadBenchmark.Score base = new GbDayAheadBenchmark.Score();
        GbDayAheadBenchmark.Score withActuals = new GbDayAheadBenchmark.Score();
        GbDayAheadBenchmark.Score withNoisy = new GbDayAheadBenchmark.Score();
        int[] missing = {0};
        GbDayAheadBenchmark.dayAhead(model, s, from, to, (origin, step, a, f, i) -> {
            Instant t = s.timeAt(i);
            double[] x = GbWeatherCorrection.features(t, origin, actual, actual);
            double[] xn = GbWeatherCorrection.features(t, origin, noisy, actual);
            base.add(a, f, 0);
            withActuals.add(a, x == null ? f : correction.apply(t, x, f), 0);
            withNoisy.add(a, xn == null ? f : correction.apply(t, xn, f), 0);
            missing[0] += x == null ? 1 : 0;
        });
        System.out.printf(
                "%s (%d periods, %d without weather): day-ahead MAPE %.2f%% (MAE %.0f MW); with weather actuals"
                        + " %.2f%% (%.0f MW); with forecast-like weather (noise) %.2f%% (%.0f MW)%n",
                what,
                base.n,
                missing[0],
                base.mape(),
                base.mae(),
                withActuals.mape(),
                withActuals.mae(),
                withNoisy.mape(),
                withNoisy.mae());
    }
}
