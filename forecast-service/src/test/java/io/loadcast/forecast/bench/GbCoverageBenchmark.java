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
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Interval coverage of {@code day-ahead} + weather over a year Y, 09:00 D-1 for every period of D, with forecast-like
 * weather ({@link GbWeatherBenchmark}'s noise), intervals calibrated as a training run does: the model is trained on
 * the data before Y minus its last W weeks ({@code -Dweeks}, default 4,8,12; the service backtests 8), and those weeks' rolling
 * origins (every 12 h, 96 steps) give the residuals the split-conformal widths are taken from. Compared, per W and per
 * {@code -Dskips} (calibration periods left out: none, the Christmas period, every special day): absolute residuals (MW, what the service does) or relative ones (|error| / forecast, the width then scaled
 * by the forecast), each with the weather actuals standing in for the forecast in the calibration window (what the
 * service's backtest does) or with forecast-like weather there (the mode that serves). Args: the years Y (2020 and 2023
 * for validation, 2024 the test year; 2020 is trained on 2015 and 2019, the others on 2015 and 2019 to Y-1).
 */
public final class GbCoverageBenchmark {

    private static final int STRIDE = 24;

    public static void main(String[] args) throws Exception {
        double tSigma = Double.parseDouble(System.getProperty("tsigma", "1.2"));
        Map<LocalDate, DailyWeather> actual = GbWeatherBenchmark.days(GbWeather.daily());
        Map<LocalDate, DailyWeather> noisy = GbWeatherBenchmark.perturbed(actual, tSigma, 20, new Random(42));
        HalfHourlySeries y2015 = GbDemandData.years(2015).filled();
        HalfHourlySeries recent =
                GbDemandData.years(2019, 2020, 2021, 2022, 2023, 2024).filled();
        System.out.printf("load average %s%n", GbWeatherScore.load());
        for (String arg : args.length == 0 ? new String[] {"2020", "2023"} : args) {
            int year = Integer.parseInt(arg);
            int start = GbWeatherBenchmark.at(recent, year + "-01-01T00:00:00Z");
            int end = year == 2024 ? recent.size() : GbWeatherBenchmark.at(recent, (year + 1) + "-01-01T00:00:00Z");
            for (String w : System.getProperty("weeks", "4,8,12").split(",")) {
                int weeks = Integer.parseInt(w);
                int calibrationStart = start - weeks * HalfHourlySeries.STEPS_PER_WEEK;
                DayAheadModel model = (DayAheadModel) Trainers.dayAheadWithWeather(t -> true, new WeatherDays(actual))
                        .train(
                                List.of(y2015, recent.slice(0, calibrationStart)),
                                TrainingSpec.defaults(ModelFamily.DAY_AHEAD),
                                new TrainingContext("gb-demand", "bench"),
                                EpochListener.NONE);
                System.out.printf(
                        "%d: model on 2015 and 2019..%s (format %d), calibrated on the last %d weeks, load %s%n",
                        year,
                        recent.timeAt(calibrationStart),
                        model.provenance().formatVersion(),
                        weeks,
                        GbWeatherScore.load());
                for (String mode : System.getProperty("modes", "actuals").split(",")) {
                    for (Skip skip : Skip.chosen()) {
                        List<ScoredForecast> absolute = new ArrayList<>();
                        List<ScoredForecast> relative = new ArrayList<>();
                        for (int o = calibrationStart; o + 96 <= start; o += STRIDE) {
                            Instant origin = recent.timeAt(o);
                            WeatherDays known = mode.equals("forecast-like")
                                    ? GbWeatherBenchmark.knownAt(origin, actual, noisy)
                                    : new WeatherDays(actual);
                            double[] f = model.predict(Arrays.copyOf(recent.values(), o), origin, 96, known)
                                    .values();
                            double[] a = Arrays.copyOfRange(recent.values(), o, o + 96);
                            for (int h = 0; h < 96; h++) {
                                if (skip.skips(recent.timeAt(o + h))) {
                                    a[h] = Double.NaN;
                                }
                            }
                            absolute.add(new ScoredForecast(a, f));
                            relative.add(relativeOf(a, f));
                        }
                        String what = mode + ", skip " + skip.name().toLowerCase(java.util.Locale.ROOT);
                        score(
                                year,
                                "abs, " + what,
                                ConformalIntervals.calibrate(absolute, 96),
                                false,
                                model,
                                recent,
                                start,
                                end,
                                actual,
                                noisy);
                        score(
                                year,
                                "rel, " + what,
                                ConformalIntervals.calibrate(relative, 96),
                                true,
                                model,
                                recent,
                                start,
                                end,
                                actual,
                                noisy);
                    }
                }
            }
        }
    }

    /** Calibration periods left out: none, the Christmas period (24 Dec - 1 Jan), or every special day. */
    enum Skip {
        NONE,
        CHRISTMAS,
        SPECIAL;

        /** {@code -Dskips=none,christmas,special} (the default: all three). */
        static List<Skip> chosen() {
            return Arrays.stream(System.getProperty("skips", "none,christmas,special")
                            .split(","))
                    .map(name -> valueOf(name.toUpperCase(java.util.Locale.ROOT)))
                    .toList();
        }

        boolean skips(Instant t) {
            LocalDate day = t.atZone(GbDemandData.LONDON).toLocalDate();
            return switch (this) {
                case NONE -> false;
                case CHRISTMAS -> io.loadcast.forecast.core.features.DayTypes.christmasPeriod(day);
                case SPECIAL -> io.loadcast.forecast.core.features.DayTypes.special(day);
            };
        }
    }

    /** {@code |forecast - actual| / forecast} as the error of a forecast of ones. */
    static ScoredForecast relativeOf(double[] actual, double[] forecast) {
        double[] a = new double[actual.length];
        double[] ones = new double[actual.length];
        for (int h = 0; h < a.length; h++) {
            a[h] = actual[h] / forecast[h];
            ones[h] = 1;
        }
        return new ScoredForecast(a, ones);
    }

    static void score(
            int year,
            String calibration,
            ConformalIntervals intervals,
            boolean relative,
            DayAheadModel model,
            HalfHourlySeries s,
            int from,
            int to,
            Map<LocalDate, DailyWeather> actual,
            Map<LocalDate, DailyWeather> noisy) {
        long n = 0;
        long in80 = 0;
        long in95 = 0;
        double width = 0;
        double pct = 0;
        LocalDate first = s.timeAt(from).atZone(GbDemandData.LONDON).toLocalDate();
        for (LocalDate day = first; ; day = day.plusDays(1)) {
            int dayStart = (int) s.indexOf(day.atStartOfDay(GbDemandData.LONDON).toInstant());
            int dayEnd = (int)
                    s.indexOf(day.plusDays(1).atStartOfDay(GbDemandData.LONDON).toInstant());
            if (dayEnd > to) {
                break;
            }
            Instant origin =
                    day.minusDays(1).atTime(9, 0).atZone(GbDemandData.LONDON).toInstant();
            int o = (int) s.indexOf(origin);
            double[] f = model.predict(
                            Arrays.copyOf(s.values(), o),
                            origin,
                            dayEnd - o,
                            GbWeatherBenchmark.knownAt(origin, actual, noisy))
                    .values();
            for (int i = dayStart; i < dayEnd; i++) {
                int h = Math.min(i - o, 95);
                double scale = relative ? f[i - o] : 1;
                double error = Math.abs(f[i - o] - s.values()[i]);
                in80 += error <= intervals.halfWidth80()[h] * scale ? 1 : 0;
                in95 += error <= intervals.halfWidth95()[h] * scale ? 1 : 0;
                width += 2 * intervals.halfWidth80()[h] * scale;
                pct += error / s.values()[i];
                n++;
            }
        }
        System.out.printf(
                "  %d %-40s 80%% coverage %.1f%% (mean width %.0f MW), 95%% coverage %.1f%%; MAPE %.2f%%, %d periods%n",
                year, calibration, 100.0 * in80 / n, width / n, 100.0 * in95 / n, 100 * pct / n, n);
    }
}
