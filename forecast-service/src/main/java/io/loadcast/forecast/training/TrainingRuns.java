package io.loadcast.forecast.training;

import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.core.model.ModelFamilies;
import io.loadcast.forecast.core.model.TrainingSpec;
import io.loadcast.forecast.registry.ModelRegistry;
import io.loadcast.forecast.serving.ModelNames;
import io.loadcast.starter.problem.LoadcastProblemException;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Starts training runs on one background thread (training uses every core) and reports their progress. */
@Service
public class TrainingRuns {

    private static final Logger log = LoggerFactory.getLogger(TrainingRuns.class);

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

    private final Map<String, RunState> runs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "training");
        t.setDaemon(true);
        return t;
    });
    private final TrainingPipeline pipeline;
    private final ForecastProperties properties;
    private final RunHistory history;
    private final ModelRegistry registry;

    TrainingRuns(TrainingPipeline pipeline, ForecastProperties properties, RunHistory history, ModelRegistry registry) {
        this.pipeline = pipeline;
        this.properties = properties;
        this.history = history;
        this.registry = registry;
        // one trainer per database: whatever a stopped process left unfinished will never finish
        int orphans = history.failUnfinished("interrupted: forecast-service stopped before the run ended");
        if (orphans > 0) {
            log.warn("marked {} training runs left unfinished by a previous process FAILED", orphans);
        }
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
            String requestedBy) {
        String family = model == null || model.isBlank() ? properties.defaultModel() : model;
        if (!ModelFamilies.ALL.contains(family)) {
            throw new LoadcastProblemException(
                            HttpStatus.BAD_REQUEST,
                            "unknown-model",
                            "Unknown model family",
                            "model must be one of " + ModelFamilies.ALL + ", was '" + family + "'")
                    .with("field", "model");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new LoadcastProblemException(
                            HttpStatus.BAD_REQUEST, "empty-range", "Empty range", "from must be before to")
                    .with("field", "from");
        }
        Hyperparameters hp = Hyperparameters.parse(family, hyperparameters == null ? Map.of() : hyperparameters);
        TrainingSpec spec = hp.spec();
        if (spec.horizon() > properties.maxHorizon()) {
            throw new LoadcastProblemException(
                            HttpStatus.BAD_REQUEST,
                            "horizon-out-of-range",
                            "Horizon out of range",
                            "horizon must be at most " + properties.maxHorizon())
                    .with("field", "hyperparameters.horizon");
        }
        String name = modelName == null || modelName.isBlank() ? ModelNames.forSeries(seriesIds.get(0)) : modelName;
        return new TrainingCommand(
                List.copyOf(seriesIds),
                datasetId,
                from,
                to,
                spec,
                hp.backtestWeeks(properties.backtestWeeks()),
                name,
                requestedBy);
    }

    /**
     * A retrain (drift policy, schedule, CI): the champion's recipe on newer data. Unless the request names another
     * family, the run reuses the family, hyperparameters and backtest weeks the champion's run logged, so that the
     * promotion policy compares two versions that differ in their data only (and the champion has not trained on the
     * challenger's backtest window: both keep the same number of final weeks out of training). Without a champion, or
     * when the registry cannot say, the configured defaults.
     */
    public TrainingCommand planRetrain(
            List<String> seriesIds, @Nullable String datasetId, @Nullable String model, String requestedBy) {
        Map<String, String> recipe =
                seriesIds.isEmpty() ? Map.of() : championRecipe(ModelNames.forSeries(seriesIds.get(0)));
        String family = recipe.get("family");
        if (family == null || (model != null && !model.isBlank() && !model.equals(family))) {
            return plan(seriesIds, datasetId, null, null, model, Map.of(), null, requestedBy);
        }
        Map<String, String> hyperparameters = new LinkedHashMap<>();
        RECIPE_PARAMS.forEach((param, key) -> {
            if (recipe.containsKey(param)) {
                hyperparameters.put(key, recipe.get(param));
            }
        });
        log.info("retrain of {} reuses the champion's recipe: {} {}", seriesIds, family, hyperparameters);
        return plan(seriesIds, datasetId, null, null, family, hyperparameters, null, requestedBy);
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

    public TrainingRun start(TrainingCommand command) {
        return start(queue(command, UUID.randomUUID().toString()));
    }

    /** Records a QUEUED run with a given id (a retrain request's id) without starting it yet. */
    public TrainingRun queue(TrainingCommand command, String id) {
        RunState state = new RunState(id, command, history);
        runs.put(state.id(), state);
        return state.view();
    }

    /** Starts a queued run in the background. */
    public TrainingRun start(TrainingRun queued) {
        RunState state = runs.get(queued.id());
        executor.execute(() -> pipeline.run(state));
        return state.view();
    }

    /** Whether a run with this id exists here or in the history. */
    public boolean exists(String id) {
        return runs.containsKey(id) || history.find(id).isPresent();
    }

    /** Marks a queued run that will not start FAILED. */
    public void abandon(TrainingRun queued, String reason) {
        RunState state = runs.get(queued.id());
        if (state != null) {
            state.failed(reason);
        }
    }

    /** Runs newest first, optionally of one series and one status (at most {@code limit}). */
    public List<TrainingRun> list(@Nullable String seriesId, @Nullable TrainingStatus status, int limit) {
        return history.list(seriesId, status, limit).stream()
                .map(r -> runs.containsKey(r.id()) ? runs.get(r.id()).view() : r)
                .toList();
    }

    public TrainingRun get(String id) {
        RunState state = runs.get(id);
        if (state == null) {
            return history.find(id)
                    .orElseThrow(() -> new LoadcastProblemException(
                                    HttpStatus.NOT_FOUND,
                                    "unknown-training-run",
                                    "Unknown training run",
                                    "no training run " + id)
                            .with("field", "id"));
        }
        return state.view();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
