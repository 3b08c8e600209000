package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.LinearSpec;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.RidgeSpec;
import io.loadcast.forecast.core.model.Trainer;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * GB national demand, day-ahead: train on 2015 and 2019-2023, test on 2024 with forecasts issued at 09:00
 * Europe/London on D-1 for every settlement period of D. Intervals are calibrated on 2023 day-ahead residuals of a
 * model trained without 2023 (never on the test year). Prints MAPE, MAE, 80% coverage beside the naive baselines
 * and the MAPE by month; {@code -DworstDays=true} also lists the worst days.
 */
public final class GbDayAheadBenchmark {

    public static void main(String[] args) throws Exception {
        ModelFamily family = args.length > 0 ? ModelFamily.of(args[0]) : ModelFamily.DAY_AHEAD;
        RidgeSpec spec = args.length > 1
                ? ((RidgeSpec) TrainingSpec.defaults(family)).withLookback(Integer.parseInt(args[1]))
                : (RidgeSpec) TrainingSpec.defaults(family);
        if (family == ModelFamily.LINEAR) {
            spec = new LinearSpec(spec.lookback(), 96, 1e-4, 1, 42);
        }
        String originRule = System.getProperty("origins", family == ModelFamily.LINEAR ? "morning" : "all");
        HalfHourlySeries y2015 = GbDemandData.years(2015).filled();
        HalfHourlySeries recent =
                GbDemandData.years(2019, 2020, 2021, 2022, 2023, 2024).filled();
        int start2023 = (int) recent.indexOf(Instant.parse("2022-12-31T00:00:00Z"));
        int start2024 = (int) recent.indexOf(Instant.parse("2024-01-01T00:00:00Z"));
        TrainingContext context = new TrainingContext("gb-demand", "bench");

        long t0 = System.nanoTime();
        ForecastModel calibrationModel = trainer(family, originRule)
                .train(List.of(y2015, recent.slice(0, start2023)), spec, context, EpochListener.NONE);
        Score validation = new Score();
        List<double[]> residuals = dayAhead(
                calibrationModel,
                recent,
                start2023,
                start2024,
                (origin, step, actual, forecast, index) -> validation.add(actual, forecast, 0));
        ForecastModel model = trainer(family, originRule)
                .train(List.of(y2015, recent.slice(0, start2024)), spec, context, EpochListener.NONE);
        double trainSeconds = (System.nanoTime() - t0) / 1e9;

        double[] width80 = widths(residuals, 0.8);
        Score scored = new Score();
        Score weekly = new Score();
        Score mean3 = new Score();
        Score[] byMonth = new Score[12];
        Arrays.setAll(byMonth, m -> new Score());
        dayAhead(model, recent, start2024, recent.size(), (origin, step, actual, forecast, index) -> {
            scored.add(actual, forecast, width80[step]);
            byMonth[recent.timeAt(index).atZone(GbDemandData.LONDON).getMonthValue() - 1].add(
                    actual, forecast, width80[step]);
            double[] v = recent.values();
            weekly.add(actual, v[index - 336], 0);
            mean3.add(actual, (v[index - 336] + v[index - 672] + v[index - 1008]) / 3, 0);
        });
        System.out.printf(
                "GB-ND day-ahead 2024 (%d periods, family %s, look-back %d, training origins %s, ridge %s,"
                        + " two trainings in %.1f s)%n",
                scored.n,
                family,
                spec.lookback(),
                originRule,
                ((RidgeSpec) model.provenance().spec()).ridge(),
                trainSeconds);
        System.out.printf(
                "  %-40s MAPE %.2f%%  MAE %.0f MW  80%% coverage %.1f%%%n",
                family, scored.mape(), scored.mae(), 100 * scored.coverage());
        System.out.printf("  %-40s MAPE %.2f%%  MAE %.0f MW%n", "weekly seasonal-naive", weekly.mape(), weekly.mae());
        System.out.printf("  %-40s MAPE %.2f%%  MAE %.0f MW%n", "mean of last 3 weeks", mean3.mape(), mean3.mae());
        System.out.printf(
                "  %-40s MAPE %.2f%%  MAE %.0f MW   (model trained without 2023; for choices)%n",
                "validation 2023, " + family, validation.mape(), validation.mae());
        if (Boolean.getBoolean("worstDays")) {
            printWorstDays(model, recent, start2024);
        }
        StringBuilder months = new StringBuilder("  MAPE by month:");
        for (Score m : byMonth) {
            months.append(String.format(" %.2f", m.mape()));
        }
        System.out.println(months);
    }

    /** Split-conformal half-widths per step at {@code level} from day-ahead residuals. */
    static double[] widths(List<double[]> residuals, double level) {
        double[] width = new double[96];
        for (int k = 0; k < 96; k++) {
            final int step = k;
            double[] abs = residuals.stream()
                    .filter(r -> r.length > step && Double.isFinite(r[step]))
                    .mapToDouble(r -> Math.abs(r[step]))
                    .sorted()
                    .toArray();
            width[k] =
                    abs.length == 0 ? 0 : abs[Math.min(abs.length - 1, (int) Math.ceil((abs.length + 1) * level) - 1)];
        }
        return width;
    }

    /** The 25 days of 2024 with the highest MAPE and their bias (forecast minus actual, relative). */
    static void printWorstDays(ForecastModel model, HalfHourlySeries recent, int start2024) {
        Map<LocalDate, double[]> days = new TreeMap<>();
        dayAhead(model, recent, start2024, recent.size(), (origin, step, actual, forecast, index) -> {
            double[] d = days.computeIfAbsent(
                    recent.timeAt(index).atZone(GbDemandData.LONDON).toLocalDate(), k -> new double[3]);
            d[0] += Math.abs(actual - forecast) / actual;
            d[1] += (forecast - actual) / actual;
            d[2]++;
        });
        days.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue()[0] / b.getValue()[2], a.getValue()[0] / a.getValue()[2]))
                .limit(25)
                .forEach(e -> System.out.printf(
                        "  %s %s MAPE %.1f%% bias %.1f%%%n",
                        e.getKey(),
                        e.getKey().getDayOfWeek(),
                        100 * e.getValue()[0] / e.getValue()[2],
                        100 * e.getValue()[1] / e.getValue()[2]));
    }

    static Trainer trainer(ModelFamily family, String originRule) {
        Predicate<Instant> keep = switch (originRule) {
            case "morning" ->
                t -> {
                    int hour = t.atZone(GbDemandData.LONDON).getHour();
                    return hour >= 7 && hour <= 11;
                };
            case "0900" ->
                t -> {
                    ZonedDateTime local = t.atZone(GbDemandData.LONDON);
                    return local.getHour() == 9 && local.getMinute() == 0;
                };
            default -> t -> true;
        };
        return switch (family) {
            case LINEAR -> Trainers.linearAt(keep);
            case DAY_AHEAD -> Trainers.dayAheadAt(keep);
            default -> Trainers.forFamily(family);
        };
    }

    interface PointSink {
        void accept(Instant origin, int step, double actual, double forecast, int index);
    }

    /** Issues a forecast at 09:00 local on each D-1 whose day D starts in [from, to); returns residuals by step. */
    static List<double[]> dayAhead(ForecastModel model, HalfHourlySeries s, int from, int to, PointSink sink) {
        List<double[]> residuals = new ArrayList<>();
        LocalDate day = s.timeAt(from).atZone(GbDemandData.LONDON).toLocalDate();
        if (!s.timeAt(from).equals(day.atStartOfDay(GbDemandData.LONDON).toInstant())) {
            day = day.plusDays(1);
        }
        for (; ; day = day.plusDays(1)) {
            int dayStart = (int) s.indexOf(day.atStartOfDay(GbDemandData.LONDON).toInstant());
            int dayEnd = (int)
                    s.indexOf(day.plusDays(1).atStartOfDay(GbDemandData.LONDON).toInstant());
            if (dayEnd > Math.min(to, s.size()) || dayStart < from) {
                if (dayStart >= Math.min(to, s.size())) {
                    break;
                }
                continue;
            }
            Instant originTime =
                    day.minusDays(1).atTime(9, 0).atZone(GbDemandData.LONDON).toInstant();
            int origin = (int) s.indexOf(originTime);
            double[] forecast = model.predict(Arrays.copyOf(s.values(), origin), originTime, dayEnd - origin);
            double[] r = new double[dayEnd - origin];
            Arrays.fill(r, Double.NaN);
            for (int i = dayStart; i < dayEnd; i++) {
                int step = i - origin;
                r[step] = s.values()[i] - forecast[step];
                if (sink != null) {
                    sink.accept(originTime, step, s.values()[i], forecast[step], i);
                }
            }
            residuals.add(r);
        }
        return residuals;
    }

    static final class Score {
        double abs;
        double pct;
        long inside;
        long n;

        void add(double actual, double forecast, double width) {
            abs += Math.abs(actual - forecast);
            pct += Math.abs(actual - forecast) / actual;
            inside += Math.abs(actual - forecast) <= width ? 1 : 0;
            n++;
        }

        double mae() {
            return abs / n;
        }

        double mape() {
            return 100 * pct / n;
        }

        double coverage() {
            return (double) inside / n;
        }
    }
}
