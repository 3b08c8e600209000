package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.WeatherDays;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Family {@code auto}: trains each candidate family with its defaults on the training data minus a validation span
 * at its end (the last quarter, at most {@link #VALIDATION_WEEKS} weeks) and scores it there ({@link
 * AutoValidation}), then picks the best candidate alone or the mean of 2 or 3 of the best four, whichever validates
 * best ({@link AutoChoice}). An ensemble's members are refitted on all of the training data and saved as one {@link
 * EnsembleModel}, else the best candidate is refitted and saved as its own family. The run's test window is never
 * seen here: the pipeline holds it out before calling the trainer. The choice, every candidate's and every mean's
 * validation MAPE are noted on the {@link TrainingContext} for the run's lineage. The series may have gaps (NaN,
 * periods without a reading): candidates fit on and forecast from the causally filled series, as a backtest does,
 * and only observed periods are scored. Family {@code ensemble} is the same search restricted to the ensembles.
 * {@link AutoSpec#candidates()} limits the families tried (all of {@link Candidates#ALL} by default).
 */
final class AutoTrainer implements Trainer {

    /**
     * The longest validation span, in weeks: 8 (session 9; was 4) ranked the candidates' means on the last 8 weeks
     * of 2022 closer to their GB 2023 order than the last 4 did (the forecast-service README, "auto's choice").
     */
    static final int VALIDATION_WEEKS = 8;

    private static final Logger log = LoggerFactory.getLogger(AutoTrainer.class);

    private final boolean ensembleOnly;
    private final WeatherDays weather;

    /**
     * @param weather the stored weather actuals over the training data ({@link WeatherDays#NONE} for none): the
     *     candidates that take weather are trained with it and validated with it standing in for the forecast
     */
    AutoTrainer(boolean ensembleOnly, WeatherDays weather) {
        this.ensembleOnly = ensembleOnly;
        this.weather = weather;
    }

    /** Gaps are filled here for fitting and forecasting, and left out of the validation MAPE. */
    @Override
    public boolean handlesGaps() {
        return true;
    }

    @Override
    public ForecastModel train(
            List<HalfHourlySeries> observed, TrainingSpec spec, TrainingContext context, EpochListener listener) {
        int span = AutoValidation.span(observed, VALIDATION_WEEKS * HalfHourlySeries.STEPS_PER_WEEK);
        Candidates candidates = spec instanceof AutoSpec auto ? auto.candidates() : Candidates.ALL;
        AutoValidation.Result validation =
                AutoValidation.run(observed, spec, candidates, weather, span, context, (f, m) -> {});
        if (validation.scored().isEmpty()) {
            throw new IllegalArgumentException("too little history for any candidate of family auto");
        }
        AutoChoice.Choice choice = AutoChoice.choose(validation.scored(), validation.actuals(), ensembleOnly);
        note(context, AutoChoice.ranked(validation.scored()), choice);
        List<HalfHourlySeries> series =
                observed.stream().map(HalfHourlySeries::filled).toList();
        List<ForecastModel> members = new ArrayList<>();
        for (ModelFamily family : choice.members()) {
            members.add(Trainers.forFamily(family, weather).train(series, candidate(family, spec), context, listener));
        }
        if (members.size() == 1) {
            return members.get(0);
        }
        int lookback = members.stream().mapToInt(ForecastModel::lookback).max().orElseThrow();
        return new EnsembleModel(
                context.provenance(new EnsembleSpec(lookback, spec.horizon(), spec.seed()), series), members);
    }

    /** Notes every candidate's and every mean's validation MAPE, the choice and why. */
    private static void note(TrainingContext context, List<AutoChoice.Scored> ranked, AutoChoice.Choice choice) {
        context.note(
                "auto.validation_mape",
                ranked.stream()
                        .map(s -> String.format(Locale.ROOT, "%s=%.3f", s.family(), s.mape()))
                        .collect(Collectors.joining(",")));
        context.note(
                "auto.ensemble_validation_mape",
                choice.ensembles().stream()
                        .map(t -> String.format(Locale.ROOT, "%s=%.3f", plus(t.members()), t.mape()))
                        .collect(Collectors.joining(",")));
        boolean single = choice.members().size() == 1;
        context.note("auto.choice", single ? choice.members().get(0).slug() : "ensemble of " + choice.members());
        context.note(
                "auto.reason",
                String.format(
                        Locale.ROOT,
                        "%s validated at %.3f%%, the lowest of %d candidates and %d means of 2-%d of the best %d"
                                + " (best single candidate %.3f%%)",
                        single ? "the best candidate alone" : "the mean of " + choice.members(),
                        choice.mape(),
                        ranked.size(),
                        choice.ensembles().size(),
                        AutoChoice.MAX_MEMBERS,
                        AutoChoice.SEARCHED,
                        ranked.get(0).mape()));
        log.info("auto: chose {} (validation MAPE {}%)", choice.members(), choice.mape());
    }

    /** {@code lstm+day-ahead}. */
    private static String plus(List<ModelFamily> families) {
        return families.stream().map(ModelFamily::slug).collect(Collectors.joining("+"));
    }

    /** The family's defaults with the request's horizon and seed. */
    static TrainingSpec candidate(ModelFamily family, TrainingSpec spec) {
        return TrainingSpec.defaults(family).withHorizon(spec.horizon()).withSeed(spec.seed());
    }
}
