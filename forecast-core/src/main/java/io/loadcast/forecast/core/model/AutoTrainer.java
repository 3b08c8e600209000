package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.WeatherDays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Family {@code auto}: trains each candidate family with its defaults on the training data minus a validation span
 * at its end (the last quarter, at most four weeks), forecasts from rolling origins every 12 h in that span (history
 * strictly before each origin) and ranks the candidates by MAPE. The mean of the top k (k = 2, 3) is scored on the
 * same forecasts; when one validates better than the best candidate alone, the ensemble's members are refitted on
 * all of the training data and saved as one {@link EnsembleModel}, else the best candidate is refitted and saved as
 * its own family. The run's test window is never seen here: the pipeline holds it out before calling the trainer.
 * The choice and every candidate's validation MAPE are noted on the {@link TrainingContext} for the run's lineage.
 * The series may have gaps (NaN, periods without a reading): candidates fit on and forecast from the causally filled
 * series, as a backtest does, and only observed periods are scored.
 * Family {@code ensemble} is the same search restricted to the ensembles. {@link AutoSpec#candidates()} limits the
 * families tried (all of {@link Candidates#ALL} by default).
 */
final class AutoTrainer implements Trainer {

    static final int MAX_MEMBERS = 3;
    private static final Logger log = LoggerFactory.getLogger(AutoTrainer.class);
    private static final int MAX_VALIDATION = 4 * HalfHourlySeries.STEPS_PER_WEEK;

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

    /** A candidate's forecasts over the validation span, all origins' steps in one array, and their MAPE. */
    private record Scored(ModelFamily family, double[] forecasts, double mape) {}

    /** Gaps are filled here for fitting and forecasting, and left out of the validation MAPE. */
    @Override
    public boolean handlesGaps() {
        return true;
    }

    @Override
    public ForecastModel train(
            List<HalfHourlySeries> observed, TrainingSpec spec, TrainingContext context, EpochListener listener) {
        int shortest = observed.stream().mapToInt(HalfHourlySeries::size).min().orElse(0);
        int validation = Math.min(MAX_VALIDATION, shortest / 4);
        // gaps (NaN) are filled for fitting and forecasting, and not scored: a filled value is not a reading
        double[] actuals = ValidationForecasts.actuals(observed, validation, spec.horizon());
        List<HalfHourlySeries> series =
                observed.stream().map(HalfHourlySeries::filled).toList();
        List<HalfHourlySeries> fit =
                series.stream().map(s -> s.slice(0, s.size() - validation)).toList();
        List<Scored> scored = new ArrayList<>();
        Candidates candidates = spec instanceof AutoSpec auto ? auto.candidates() : Candidates.ALL;
        for (ModelFamily family : candidates.families()) {
            TrainingSpec candidate = candidate(family, spec);
            if (shortest - validation < needs(candidate)) {
                log.info("auto: {} needs {} half-hours before validation, skipped", family, needs(candidate));
                continue;
            }
            ForecastModel model =
                    Trainers.forFamily(family, weather).train(fit, candidate, context, EpochListener.NONE);
            double[] forecasts = ValidationForecasts.of(withWeather(model), series, validation, spec.horizon());
            scored.add(new Scored(family, forecasts, ValidationForecasts.mape(actuals, forecasts)));
            log.info(
                    "auto: {} validation MAPE {}%",
                    family, scored.get(scored.size() - 1).mape());
        }
        if (scored.isEmpty()) {
            throw new IllegalArgumentException("too little history for any candidate of family auto");
        }
        scored.sort(Comparator.comparingDouble(Scored::mape));
        List<ModelFamily> chosen = choose(scored, actuals, context);
        List<ForecastModel> members = new ArrayList<>();
        for (ModelFamily family : chosen) {
            members.add(Trainers.forFamily(family, weather).train(series, candidate(family, spec), context, listener));
        }
        if (members.size() == 1) {
            return members.get(0);
        }
        int lookback = members.stream().mapToInt(ForecastModel::lookback).max().orElseThrow();
        return new EnsembleModel(
                context.provenance(new EnsembleSpec(lookback, spec.horizon(), spec.seed()), series), members);
    }

    /** The families to refit: the best alone, or the top k whose mean validates best; notes why. */
    private List<ModelFamily> choose(List<Scored> scored, double[] actuals, TrainingContext context) {
        int bestK = 1;
        double bestMape =
                ensembleOnly ? Double.POSITIVE_INFINITY : scored.get(0).mape();
        StringBuilder ensembles = new StringBuilder();
        for (int k = 2; k <= Math.min(MAX_MEMBERS, scored.size()); k++) {
            double[] mean = new double[actuals.length];
            for (Scored s : scored.subList(0, k)) {
                for (int i = 0; i < mean.length; i++) {
                    mean[i] += s.forecasts()[i] / k;
                }
            }
            double mape = ValidationForecasts.mape(actuals, mean);
            ensembles.append(
                    String.format(Locale.ROOT, "%smean of top %d=%.3f", ensembles.isEmpty() ? "" : ",", k, mape));
            if (mape < bestMape) {
                bestMape = mape;
                bestK = k;
            }
        }
        List<ModelFamily> chosen =
                scored.subList(0, bestK).stream().map(Scored::family).toList();
        context.note(
                "auto.validation_mape",
                scored.stream()
                        .map(s -> String.format(Locale.ROOT, "%s=%.3f", s.family(), s.mape()))
                        .collect(Collectors.joining(",")));
        context.note("auto.ensemble_validation_mape", ensembles.toString());
        context.note("auto.choice", bestK == 1 ? chosen.get(0).slug() : "ensemble of " + chosen);
        String reason = bestK == 1
                ? String.format(
                        Locale.ROOT,
                        "lowest validation MAPE (%.3f%%); no mean of the top candidates was lower",
                        bestMape)
                : String.format(
                        Locale.ROOT,
                        "the mean of the top %d validated at %.3f%%, below the best single candidate's %.3f%%",
                        bestK,
                        bestMape,
                        scored.get(0).mape());
        context.note("auto.reason", reason);
        log.info("auto: chose {} (validation MAPE {}%)", chosen, bestMape);
        return chosen;
    }

    /**
     * A weather-aware candidate forecasting with the actuals as its weather forecast (as backtests score it; this
     * flatters it by the weather forecast's error, see the README), any other candidate as it is.
     */
    private ForecastModel withWeather(ForecastModel model) {
        return model instanceof WeatherAwareModel aware && aware.usesWeather() ? aware.withWeather(weather) : model;
    }

    /** Half-hours of history before the validation span the candidate needs to train. */
    private static int needs(TrainingSpec candidate) {
        int history =
                candidate instanceof RecurrentSpec ? DirectInputs.history(candidate.lookback()) : candidate.lookback();
        return history + 2 * candidate.horizon();
    }

    /** The family's defaults with the request's horizon and seed. */
    static TrainingSpec candidate(ModelFamily family, TrainingSpec spec) {
        return TrainingSpec.defaults(family).withHorizon(spec.horizon()).withSeed(spec.seed());
    }
}
