package io.loadcast.forecast.training;

import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.core.model.ModelFamilies;
import io.loadcast.forecast.core.model.TrainingSpec;
import io.loadcast.forecast.serving.ModelNames;
import io.loadcast.starter.problem.LoadcastProblemException;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Starts training runs on one background thread (training uses every core) and reports their progress. */
@Service
public class TrainingRuns {

    private final Map<String, RunState> runs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "training");
        t.setDaemon(true);
        return t;
    });
    private final TrainingPipeline pipeline;
    private final ForecastProperties properties;

    TrainingRuns(TrainingPipeline pipeline, ForecastProperties properties) {
        this.pipeline = pipeline;
        this.properties = properties;
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

    public TrainingRun start(TrainingCommand command) {
        RunState state = new RunState(UUID.randomUUID().toString(), command);
        runs.put(state.id(), state);
        executor.execute(() -> pipeline.run(state));
        return state.view();
    }

    public TrainingRun get(String id) {
        RunState state = runs.get(id);
        if (state == null) {
            throw new LoadcastProblemException(
                            HttpStatus.NOT_FOUND,
                            "unknown-training-run",
                            "Unknown training run",
                            "no training run " + id)
                    .with("field", "id");
        }
        return state.view();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
