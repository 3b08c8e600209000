package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.model.AutoChoice;
import io.loadcast.forecast.core.model.AutoValidation;
import io.loadcast.forecast.core.model.ModelFamily;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code auto}'s choice under each protocol, from one set of validation forecasts and test-year forecasts: the mean of
 * the top k prefixes by validation (k = 1..3, the rule before session 9) or every subset of 2-3 of the top four
 * ({@link AutoChoice}, shipped), each with the last 4 weeks of the validation span or all of it (8 weeks: the same
 * fits, scored on more origins). Prints every mean's validation MAPE beside its test-year MAPE, then each protocol's
 * choice and whether it beats every single family on the test year.
 */
final class GbAutoProtocols {

    private static final int HORIZON = 96;
    private static final List<Integer> WEEKS = List.of(4, 8);

    private final AutoValidation.Result validation;
    private final Map<ModelFamily, GbAutoScore.Forecasts> test;
    private final GbAutoScore score;
    private final int testYear;

    GbAutoProtocols(
            AutoValidation.Result validation,
            Map<ModelFamily, GbAutoScore.Forecasts> test,
            GbAutoScore score,
            int testYear) {
        this.validation = validation;
        this.test = test;
        this.score = score;
        this.testYear = testYear;
    }

    /** Every family some protocol chooses. */
    static Set<ModelFamily> chosen(AutoValidation.Result validation) {
        Set<ModelFamily> out = new LinkedHashSet<>();
        for (int weeks : WEEKS) {
            AutoValidation.Result v = lastWeeks(validation, weeks);
            out.addAll(prefix(v));
            out.addAll(AutoChoice.choose(v.scored(), v.actuals(), false).members());
        }
        return out;
    }

    void print() {
        List<Integer> weeks = WEEKS;
        List<AutoValidation.Result> spans =
                weeks.stream().map(w -> lastWeeks(validation, w)).toList();
        Set<ModelFamily> searched = new LinkedHashSet<>();
        spans.forEach(v -> AutoChoice.ranked(v.scored()).stream()
                .limit(AutoChoice.SEARCHED)
                .forEach(s -> searched.add(s.family())));
        List<List<ModelFamily>> means = new ArrayList<>();
        for (int k = 1; k <= AutoChoice.MAX_MEMBERS; k++) {
            means.addAll(AutoChoice.subsets(List.copyOf(searched), k));
        }
        test.keySet().stream().filter(f -> !searched.contains(f)).forEach(f -> means.add(List.of(f)));
        means.sort(Comparator.comparingDouble(m -> mape(spans.get(spans.size() - 1), m)));
        System.out.printf(
                "%-40s | val 4 wk | val 8 wk | %d: forecast-like weather | weather actuals%n", "mean of", testYear);
        for (List<ModelFamily> m : means) {
            System.out.printf(
                    "%-40s | %8.3f | %8.3f | %s%n",
                    m, mape(spans.get(0), m), mape(spans.get(1), m), score.row(forecasts(m)));
        }
        double bestSingle = test.keySet().stream()
                .mapToDouble(f -> score.mape(forecasts(List.of(f))))
                .min()
                .orElseThrow();
        for (int i = 0; i < weeks.size(); i++) {
            report("prefix (top k, k=1..3)", weeks.get(i), prefix(spans.get(i)), spans.get(i), bestSingle);
            AutoChoice.Choice all =
                    AutoChoice.choose(spans.get(i).scored(), spans.get(i).actuals(), false);
            report("all subsets of the top 4", weeks.get(i), all.members(), spans.get(i), bestSingle);
        }
    }

    private void report(String rule, int weeks, List<ModelFamily> chosen, AutoValidation.Result v, double single) {
        double mape = score.mape(forecasts(chosen));
        System.out.printf(
                "protocol %-26s %d wk: chose %-34s validation %.3f, %d %.2f%% (%s); best single family %.2f%%: %s%n",
                rule,
                weeks,
                chosen,
                mape(v, chosen),
                testYear,
                mape,
                score.row(forecasts(chosen)),
                single,
                mape < single ? "better" : "NOT better");
    }

    /** The rule before session 9: the best alone, or the mean of the top 2 or 3 when lower. */
    private static List<ModelFamily> prefix(AutoValidation.Result v) {
        List<ModelFamily> ranked = AutoChoice.ranked(v.scored()).stream()
                .map(AutoChoice.Scored::family)
                .toList();
        List<ModelFamily> best = ranked.subList(0, 1);
        for (int k = 2; k <= Math.min(AutoChoice.MAX_MEMBERS, ranked.size()); k++) {
            if (mape(v, ranked.subList(0, k)) < mape(v, best)) {
                best = ranked.subList(0, k);
            }
        }
        return best;
    }

    private static double mape(AutoValidation.Result v, List<ModelFamily> members) {
        return AutoChoice.meanMape(
                v.scored().stream()
                        .filter(s -> members.contains(s.family()))
                        .sorted(Comparator.comparingInt(s -> members.indexOf(s.family())))
                        .toList(),
                v.actuals());
    }

    private List<GbAutoScore.Forecasts> forecasts(List<ModelFamily> members) {
        return members.stream().map(test::get).toList();
    }

    /**
     * The validation restricted to the origins in the last {@code weeks} weeks of the span (one series; origins every
     * 24 periods from the span's start, so a shorter span's origins are the last ones of a longer span's).
     */
    private static AutoValidation.Result lastWeeks(AutoValidation.Result validation, int weeks) {
        int n = ((weeks * HalfHourlySeries.STEPS_PER_WEEK - HORIZON) / 24 + 1) * HORIZON;
        int from = Math.max(0, validation.actuals().length - n);
        double[] actuals = Arrays.copyOfRange(validation.actuals(), from, validation.actuals().length);
        List<AutoChoice.Scored> scored = validation.scored().stream()
                .map(s -> {
                    double[] f = Arrays.copyOfRange(s.forecasts(), from, s.forecasts().length);
                    return new AutoChoice.Scored(
                            s.family(),
                            f,
                            AutoChoice.meanMape(List.of(new AutoChoice.Scored(s.family(), f, 0)), actuals));
                })
                .toList();
        return new AutoValidation.Result(actuals, scored);
    }
}
