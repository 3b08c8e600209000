package io.loadcast.forecast.training;

import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.TrainingSpec;
import io.loadcast.forecast.registry.ModelRegistry;
import io.loadcast.forecast.serving.ModelNames;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Turns training and retraining requests into checked commands (bad input is a 400 problem naming the field). */
@Service
public class TrainingPlans {

    private static final Logger log = LoggerFactory.getLogger(TrainingPlans.class);

    /** A run's logged param (see {@link TrainingSpec#asParams()} and the pipeline) -> its request hyperparameter. */
    private static final Map<String, String> RECIPE_PARAMS = Map.of(
            "lookback", "lookback",
            "horizon", "horizon",
            "epochs", "epochs",
            "learning_rate", "learningRate",
            "hidden", "hidden",
            "batch_size", "batchSize",
            "ridge", "ridge",
            "stride", "stride",
            "seed", "seed",
            "backtest_weeks", "backtestWeeks");

    private final ForecastProperties properties;
    private final ModelRegistry registry;

    TrainingPlans(ForecastProperties properties, ModelRegistry registry) {
        this.properties = properties;
        this.registry = registry;
    }

    /** Checks a request and turns it into a command; bad input is a 400 problem naming the field. */
    public TrainingCommand plan(
            List<String> seriesIds,
            @Nullable String datasetId,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable String model,
            @Nullable Map<String, String> hyperparameters,
            @Nullable String modelName,
            String requestedBy,
            TrainingPriority priority,
            @Nullable Duration timeout) {
        ModelFamily family = family(model == null || model.isBlank() ? properties.defaultModel() : model);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new LoadcastProblemException(ProblemType.INVALID_RANGE, "from must be before to")
                    .with("field", "from");
        }
        Hyperparameters hp = Hyperparameters.parse(
                family, hyperparameters == null ? Map.of() : hyperparameters, properties.backtestWeeks());
        TrainingSpec spec = hp.spec();
        if (spec.horizon() > properties.maxHorizon()) {
            throw new LoadcastProblemException(
                            ProblemType.HORIZON_OUT_OF_RANGE, "horizon must be at most " + properties.maxHorizon())
                    .with("field", "hyperparameters.horizon");
        }
        String name = modelName == null || modelName.isBlank() ? ModelNames.forSeries(seriesIds.get(0)) : modelName;
        return new TrainingCommand(
                List.copyOf(seriesIds),
                datasetId,
                from,
                to,
                spec,
                hp.backtestWeeks(),
                name,
                requestedBy,
                priority,
                timeout(timeout));
    }

    private static ModelFamily family(String slug) {
        try {
            return ModelFamily.of(slug);
        } catch (IllegalArgumentException e) {
            throw new LoadcastProblemException(
                            ProblemType.UNKNOWN_MODEL,
                            "model must be one of " + ModelFamily.slugs() + ", was '" + slug + "'")
                    .with("field", "model");
        }
    }

    private Duration timeout(@Nullable Duration requested) {
        if (requested == null) {
            return properties.training().timeout();
        }
        if (requested.isNegative() || requested.isZero()) {
            throw new LoadcastProblemException(
                            ProblemType.BAD_TIMEOUT, "timeout must be a positive ISO-8601 duration, was " + requested)
                    .with("field", "timeout");
        }
        return requested;
    }

    /**
     * A retrain (drift policy, schedule, CI): the champion's recipe on newer data. Unless the request names another
     * family, the run reuses the family, hyperparameters and backtest weeks the champion's run logged, so that the
     * promotion policy compares two versions that differ in their data only (and the champion has not trained on the
     * challenger's backtest window: both keep the same number of final weeks out of training). Without a champion, or
     * when the registry cannot say, the configured defaults.
     */
    public TrainingCommand planRetrain(
            List<String> seriesIds,
            @Nullable String datasetId,
            @Nullable String model,
            String requestedBy,
            TrainingPriority priority) {
        Map<String, String> recipe =
                seriesIds.isEmpty() ? Map.of() : championRecipe(ModelNames.forSeries(seriesIds.get(0)));
        String family = recipe.get("family");
        if (family == null
                || !ModelFamily.slugs().contains(family)
                || (model != null && !model.isBlank() && !model.equals(family))) {
            return plan(seriesIds, datasetId, null, null, model, Map.of(), null, requestedBy, priority, null);
        }
        // runs of earlier releases logged every family's fields: keep only this family's own
        List<String> keys = TrainingSpec.keys(ModelFamily.of(family));
        Map<String, String> hyperparameters = new LinkedHashMap<>();
        RECIPE_PARAMS.forEach((param, key) -> {
            if (recipe.containsKey(param) && (keys.contains(key) || key.equals(Hyperparameters.BACKTEST_WEEKS))) {
                hyperparameters.put(key, recipe.get(param));
            }
        });
        log.info("retrain of {} reuses the champion's recipe: {} {}", seriesIds, family, hyperparameters);
        return plan(seriesIds, datasetId, null, null, family, hyperparameters, null, requestedBy, priority, null);
    }

    /** The champion run's logged params (empty without a champion or when the registry cannot be read). */
    private Map<String, String> championRecipe(String modelName) {
        try {
            return registry.alias(modelName, properties.championAlias())
                    .map(champion -> registry.runParams(champion.runId()))
                    .orElse(Map.of());
        } catch (RuntimeException e) {
            log.warn(
                    "could not read the champion's recipe of {}: {}; retraining with defaults",
                    modelName,
                    e.getMessage());
            return Map.of();
        }
    }
}
