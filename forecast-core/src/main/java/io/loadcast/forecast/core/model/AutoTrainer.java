package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Family {@code auto}: trains each candidate family with its defaults on the training data minus a validation
 * span at its end (the last quarter, at most four weeks), scores each by MAPE from rolling origins every 12 h in
 * that span (history strictly before each origin), refits the best on all of the training data and returns it.
 * The returned model is the winner's own family (its provenance names it), so it is saved, loaded and served as
 * that family. The run's test window is never seen here: the pipeline holds it out before calling the trainer.
 * LSTM and GRU are not candidates: minutes of training each, and no better than the ridge families on validation.
 */
final class AutoTrainer implements Trainer {

    static final List<ModelFamily> CANDIDATES = List.of(
            ModelFamily.DAY_AHEAD,
            ModelFamily.LINEAR,
            ModelFamily.RLINEAR_ENSEMBLE,
            ModelFamily.RLINEAR,
            ModelFamily.SEASONAL_NAIVE);
    private static final Logger log = LoggerFactory.getLogger(AutoTrainer.class);
    private static final int MAX_VALIDATION = 4 * HalfHourlySeries.STEPS_PER_WEEK;

    @Override
    public ForecastModel train(
            List<HalfHourlySeries> series, TrainingSpec spec, TrainingContext context, EpochListener listener) {
        int shortest = series.stream().mapToInt(HalfHourlySeries::size).min().orElse(0);
        int validation = Math.min(MAX_VALIDATION, shortest / 4);
        List<HalfHourlySeries> fit =
                series.stream().map(s -> s.slice(0, s.size() - validation)).toList();
        ModelFamily best = ModelFamily.SEASONAL_NAIVE;
        double bestMape = Double.POSITIVE_INFINITY;
        for (ModelFamily family : CANDIDATES) {
            TrainingSpec candidate = candidate(family, spec);
            if (shortest - validation < candidate.lookback() + candidate.horizon()) {
                log.info("auto: {} needs {} half-hours before validation, skipped", family, candidate.lookback());
                continue;
            }
            ForecastModel model = Trainers.forFamily(family).train(fit, candidate, context, EpochListener.NONE);
            double mape = validationMape(model, series, validation, spec.horizon());
            log.info("auto: {} validation MAPE {}%", family, mape);
            if (mape < bestMape) {
                best = family;
                bestMape = mape;
            }
        }
        log.info("auto: chose {} (validation MAPE {}%)", best, bestMape);
        return Trainers.forFamily(best).train(series, candidate(best, spec), context, listener);
    }

    /** The family's defaults with the request's horizon and seed. */
    static TrainingSpec candidate(ModelFamily family, TrainingSpec spec) {
        return TrainingSpec.defaults(family).withHorizon(spec.horizon()).withSeed(spec.seed());
    }

    /** MAPE over origins every 12 h in the last {@code span} periods of each series (NaN-free by contract). */
    static double validationMape(ForecastModel model, List<HalfHourlySeries> series, int span, int horizon) {
        double sum = 0;
        long n = 0;
        for (HalfHourlySeries s : series) {
            double[] v = s.values();
            for (int origin = v.length - span; origin + horizon <= v.length; origin += 24) {
                double[] forecast = model.predict(Arrays.copyOf(v, origin), s.timeAt(origin), horizon);
                for (int h = 0; h < horizon; h++) {
                    double actual = v[origin + h];
                    if (actual != 0) {
                        sum += Math.abs(actual - forecast[h]) / Math.abs(actual);
                        n++;
                    }
                }
            }
        }
        return n == 0 ? Double.POSITIVE_INFINITY : 100 * sum / n;
    }
}
