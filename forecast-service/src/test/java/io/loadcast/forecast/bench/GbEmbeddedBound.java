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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What blocks 3.0 % on GB-ND: an upper bound on what knowing embedded generation would buy the {@code day-ahead}
 * family + its weather correction, trained as {@link GbWeatherBenchmark} trains it (2023 scored by a model trained on
 * 2015 and 2019-2022, 2024 by one trained through 2023; same weather protocols). Rows: the ND model (baseline); ORACLE
 * (a bound, not a forecast: actual embedded generation of D is not known at 09:00 D-1): a model of ND + embedded wind
 * and/or solar, minus the actual embedded generation of D; REALISTIC: the same model minus {@link GbEmbeddedForecast};
 * and, between the two, the gross model minus the actual embedded generation plus a share of the realistic forecast's
 * error (how good an embedded-generation forecast 3.0 % would need).
 */
public final class GbEmbeddedBound {

    /** Scales of the realistic forecast's embedded-generation error between the oracle (0) and it (1). */
    static final double[] LAMBDAS = {0.25, 0.5, 0.75};

    /** What is added to ND before training and taken off the forecast. */
    enum Target {
        ND(false, false),
        GROSS(true, true),
        PLUS_WIND(true, false),
        PLUS_SOLAR(false, true);

        final boolean wind;
        final boolean solar;

        Target(boolean wind, boolean solar) {
            this.wind = wind;
            this.solar = solar;
        }

        HalfHourlySeries of(HalfHourlySeries nd, GbEmbeddedForecast.Columns c) {
            double[] v = nd.values().clone();
            for (int i = 0; i < v.length; i++) {
                v[i] += (wind ? c.wind().values()[i] : 0) + (solar ? c.solar().values()[i] : 0);
            }
            return new HalfHourlySeries("GB-" + name(), nd.start(), v);
        }
    }

    public static void main(String[] args) throws Exception {
        double tSigma = Double.parseDouble(System.getProperty("tsigma", "1.2"));
        Map<LocalDate, DailyWeather> actual = GbWeatherBenchmark.days(GbWeather.daily());
        Map<LocalDate, DailyWeather> noisy = GbWeatherBenchmark.perturbed(actual, tSigma, 20, new Random(42));
        double windSigma = Double.parseDouble(System.getProperty("wsigma", "1.5"));
        List<Map<LocalDate, Double>> londonWind = GbLondonWindProxy.daily(windSigma, new Random(42));
        int[] years = {2019, 2020, 2021, 2022, 2023, 2024};
        HalfHourlySeries nd15 = GbDemandData.years(2015).filled();
        HalfHourlySeries nd = GbDemandData.years(years).filled();
        GbEmbeddedForecast.Columns c15 = columns(2015);
        GbEmbeddedForecast.Columns c = columns(years);
        if (!c.wind().start().equals(nd.start()) || c.wind().size() != nd.size()) {
            throw new IllegalStateException("embedded columns do not align with ND");
        }
        System.out.printf(
                "load average before: %s; tsigma %.1f C, wsigma %.1f m/s%n", GbWeatherScore.load(), tSigma, windSigma);
        long t0 = System.nanoTime();
        double cpu0 = GbWindScore.cpu();
        GbEmbeddedScore s2023 = new GbEmbeddedScore();
        GbEmbeddedScore s2024 = new GbEmbeddedScore();
        run(2023, "2022-12-31T00:00:00Z", nd15, nd, c15, c, actual, noisy, londonWind, s2023);
        run(2024, "2024-01-01T00:00:00Z", nd15, nd, c15, c, actual, noisy, londonWind, s2024);
        s2023.print("validation 2023 (model on 2015, 2019-2022)", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        s2023.print("validation, README window", LocalDate.of(2023, 11, 13), LocalDate.of(2023, 12, 31));
        s2024.print("test 2024 (model on 2015, 2019-2023)", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        s2024.print("test, README window", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 12, 31));
        s2023.printEmbedded("validation 2023");
        s2024.printEmbedded("test 2024");
        for (int p = 1; p <= 2; p++) {
            s2024.worstDays("test 2024", "ND (baseline)", p, 25);
        }
        System.out.printf(
                "total %.1f s wall, %.1f s CPU, load average after: %s%n",
                (System.nanoTime() - t0) / 1e9, GbWindScore.cpu() - cpu0, GbWeatherScore.load());
    }

    static GbEmbeddedForecast.Columns columns(int... years) throws Exception {
        return new GbEmbeddedForecast.Columns(
                GbDemandData.column("EMBEDDED_WIND_GENERATION", years).filled(),
                GbDemandData.column("EMBEDDED_WIND_CAPACITY", years).filled(),
                GbDemandData.column("EMBEDDED_SOLAR_GENERATION", years).filled(),
                GbDemandData.column("EMBEDDED_SOLAR_CAPACITY", years).filled());
    }

    static void run(
            int year,
            String cutoff,
            HalfHourlySeries nd15,
            HalfHourlySeries nd,
            GbEmbeddedForecast.Columns c15,
            GbEmbeddedForecast.Columns c,
            Map<LocalDate, DailyWeather> actual,
            Map<LocalDate, DailyWeather> noisy,
            List<Map<LocalDate, Double>> londonWind,
            GbEmbeddedScore score) {
        int to = GbWeatherBenchmark.at(nd, cutoff);
        GbEmbeddedForecast embedded = GbEmbeddedForecast.fit(List.of(c15, c.slice(to)), actual, londonWind.get(0));
        System.out.printf("%d: realistic embedded forecast fitted before %s: %s%n", year, cutoff, embedded.describe());
        for (Target target : Target.values()) {
            long t0 = System.nanoTime();
            double cpu0 = GbWindScore.cpu();
            HalfHourlySeries series = target.of(nd, c);
            DayAheadModel model = (DayAheadModel) Trainers.dayAheadWithWeather(t -> true, new WeatherDays(actual))
                    .train(
                            List.of(target.of(nd15, c15), series.slice(0, to)),
                            TrainingSpec.defaults(ModelFamily.DAY_AHEAD),
                            new TrainingContext("gb-demand", "bench"),
                            EpochListener.NONE);
            System.out.printf(
                    "%d: %s model before %s, format %d, %.1f s wall, %.1f s CPU, load %s%n",
                    year,
                    target,
                    cutoff,
                    model.provenance().formatVersion(),
                    (System.nanoTime() - t0) / 1e9,
                    GbWindScore.cpu() - cpu0,
                    GbWeatherScore.load());
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                GbEmbeddedDay.score(target, model, series, nd, c, embedded, day, actual, noisy, londonWind, score);
            }
        }
    }

    private GbEmbeddedBound() {}
}
