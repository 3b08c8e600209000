package io.loadcast.forecast.core.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How {@code auto} picks among its validated candidates: the best one alone, or the mean of any {@code 2..}{@link
 * #MAX_MEMBERS} of the {@link #SEARCHED} best by validation MAPE, whichever has the lowest validation MAPE (by
 * validation only: the run's test window is never seen). Ties go to the first tried: the single candidate, then
 * fewer members, then the better-ranked members (subsets in lexicographic order of rank), so equal scores always give
 * the same choice.
 */
public final class AutoChoice {

    /** The most members an ensemble of {@code auto} has. */
    public static final int MAX_MEMBERS = 3;
    /** How many of the best candidates the ensembles are drawn from. */
    public static final int SEARCHED = 4;

    private AutoChoice() {}

    /** A candidate's forecasts over the validation span, all origins' steps in one array, and their MAPE. */
    public record Scored(ModelFamily family, double[] forecasts, double mape) {}

    /** A mean tried: its members, best-ranked first, and its validation MAPE. */
    public record Tried(List<ModelFamily> members, double mape) {}

    /** The families to refit (one, or an ensemble's members), their validation MAPE and every ensemble tried. */
    public record Choice(List<ModelFamily> members, double mape, List<Tried> ensembles) {}

    /** {@code scored} best first by MAPE (ties keep their order). */
    public static List<Scored> ranked(List<Scored> scored) {
        return scored.stream().sorted(Comparator.comparingDouble(Scored::mape)).toList();
    }

    /**
     * The choice among {@code scored} (any order) against {@code actuals}; with {@code ensembleOnly} (family {@code
     * ensemble}) the single candidates do not compete, unless there is only one.
     */
    public static Choice choose(List<Scored> scored, double[] actuals, boolean ensembleOnly) {
        List<Scored> ranked = ranked(scored);
        List<Scored> top = ranked.subList(0, Math.min(SEARCHED, ranked.size()));
        List<Tried> tried = new ArrayList<>();
        for (int k = 2; k <= Math.min(MAX_MEMBERS, top.size()); k++) {
            for (List<Scored> members : subsets(top, k)) {
                tried.add(new Tried(members.stream().map(Scored::family).toList(), meanMape(members, actuals)));
            }
        }
        List<Tried> competing = new ArrayList<>();
        if (!ensembleOnly || tried.isEmpty()) {
            competing.add(
                    new Tried(List.of(ranked.get(0).family()), ranked.get(0).mape()));
        }
        competing.addAll(tried);
        // min keeps the first of equal ones
        Tried best =
                competing.stream().min(Comparator.comparingDouble(Tried::mape)).orElseThrow();
        return new Choice(best.members(), best.mape(), List.copyOf(tried));
    }

    /** The validation MAPE of the mean of {@code members}' forecasts (summed in their order). */
    public static double meanMape(List<Scored> members, double[] actuals) {
        double[] mean = new double[actuals.length];
        for (Scored s : members) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += s.forecasts()[i] / members.size();
            }
        }
        return ValidationForecasts.mape(actuals, mean);
    }

    /** The {@code k}-element subsets of {@code from}, each in {@code from}'s order, in lexicographic order. */
    public static <T> List<List<T>> subsets(List<T> from, int k) {
        List<List<T>> out = new ArrayList<>();
        collect(from, k, 0, new ArrayList<>(), out);
        return out;
    }

    private static <T> void collect(List<T> from, int k, int next, List<T> prefix, List<List<T>> out) {
        if (prefix.size() == k) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (int i = next; i <= from.size() - (k - prefix.size()); i++) {
            prefix.add(from.get(i));
            collect(from, k, i + 1, prefix, out);
            prefix.remove(prefix.size() - 1);
        }
    }
}
