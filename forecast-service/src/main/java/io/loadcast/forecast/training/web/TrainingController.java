package io.loadcast.forecast.training.web;

import io.loadcast.forecast.training.TrainingPlans;
import io.loadcast.forecast.training.TrainingPriority;
import io.loadcast.forecast.training.TrainingRun;
import io.loadcast.forecast.training.TrainingRuns;
import io.loadcast.forecast.training.TrainingStatus;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import io.loadcast.starter.security.ApiCaller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TrainingController {

    private static final int MAX_LIMIT = 500;

    private final TrainingPlans plans;
    private final TrainingRuns runs;

    TrainingController(TrainingPlans plans, TrainingRuns runs) {
        this.plans = plans;
        this.runs = runs;
    }

    @PostMapping("/api/v1/training-runs")
    ResponseEntity<TrainingRun> start(@Valid @RequestBody TrainingRequest r, HttpServletRequest http) {
        TrainingRun run = runs.submit(plans.plan(
                r.seriesIds(),
                r.datasetId(),
                r.from(),
                r.to(),
                r.model(),
                r.hyperparameters(),
                r.modelName(),
                ApiCaller.of(http).map(ApiCaller::name).orElse("anonymous"),
                TrainingPriority.MANUAL,
                r.timeout()));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/training-runs/" + run.id()))
                .body(run);
    }

    /** Runs newest first (a blank series id means all); {@code status} one of QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED; {@code limit} 1-500. */
    @GetMapping("/api/v1/training-runs")
    List<TrainingRun> list(
            @RequestParam(required = false) @Nullable String seriesId,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new LoadcastProblemException(
                            ProblemType.LIMIT_OUT_OF_RANGE,
                            "limit must be between 1 and " + MAX_LIMIT + ", was " + limit)
                    .with("field", "limit");
        }
        return runs.list(
                seriesId == null || seriesId.isBlank() ? null : seriesId,
                status == null || status.isBlank() ? null : status(status),
                limit);
    }

    private static TrainingStatus status(String value) {
        try {
            return TrainingStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LoadcastProblemException(
                            ProblemType.UNKNOWN_STATUS,
                            "status must be one of " + Arrays.toString(TrainingStatus.values()) + ", was '" + value
                                    + "'")
                    .with("field", "status");
        }
    }

    /** Cancels a queued run at once, a running one at its next batch or epoch; 409 when it has finished. */
    @PostMapping("/api/v1/training-runs/{id}/cancel")
    TrainingRun cancel(@PathVariable String id) {
        return runs.cancel(id);
    }

    @GetMapping("/api/v1/training-runs/{id}")
    TrainingRun get(@PathVariable String id) {
        return runs.get(id);
    }
}
