package io.loadcast.registry.tracking.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.loadcast.registry.mlflow.Empty;
import io.loadcast.registry.mlflow.MlflowApi;
import io.loadcast.registry.mlflow.MlflowException;
import io.loadcast.registry.mlflow.Page;
import io.loadcast.registry.mlflow.Tag;
import io.loadcast.registry.tracking.Metric;
import io.loadcast.registry.tracking.Run;
import io.loadcast.registry.tracking.RunInfo;
import io.loadcast.registry.tracking.RunLogging;
import io.loadcast.registry.tracking.Runs;
import io.loadcast.starter.security.ApiRole;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** MLflow REST API 2.0: runs, their params, tags and metrics. */
@MlflowApi
@RestController
@RequestMapping("/api/2.0/mlflow")
class RunController {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CreateRun(
            @Nullable String experimentId,
            @Nullable String userId,
            @Nullable String runName,
            @Nullable Long startTime,
            @Nullable List<Tag> tags) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record RunRequest(
            @Nullable String runId,
            @Nullable String runUuid,
            @Nullable String status,
            @Nullable Long endTime,
            @Nullable String runName,
            @Nullable String key,
            @Nullable String value) {

        @Nullable
        String id() {
            return runId != null ? runId : runUuid;
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record LogMetric(
            @Nullable String runId,
            @Nullable String runUuid,
            @Nullable String key,
            @Nullable Double value,
            @Nullable Long timestamp,
            @Nullable Long step) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record LogBatch(
            @Nullable String runId,
            @Nullable List<MetricValue> metrics,
            @Nullable List<Tag> params,
            @Nullable List<Tag> tags) {}

    record MetricValue(
            @Nullable String key,
            @Nullable Double value,
            @Nullable Long timestamp,
            @Nullable Long step) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SearchRuns(
            @Nullable List<String> experimentIds,
            @Nullable String filter,
            @Nullable String runViewType,
            @Nullable Integer maxResults,
            @Nullable List<String> orderBy,
            @Nullable String pageToken) {}

    record RunResponse(Run run) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record RunInfoResponse(RunInfo runInfo) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SearchRunsResponse(List<Run> runs, @Nullable String nextPageToken) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MetricHistoryResponse(
            List<Metric> metrics, @Nullable String nextPageToken) {}

    private final Runs runs;
    private final RunLogging logging;
    private final Clock clock;
    private final ExperimentPermissions permissions;

    RunController(Runs runs, RunLogging logging, Clock clock, ExperimentPermissions permissions) {
        this.runs = runs;
        this.logging = logging;
        this.clock = clock;
        this.permissions = permissions;
    }

    @PostMapping("/runs/create")
    RunResponse create(@RequestBody CreateRun request, HttpServletRequest http) {
        permissions.onExperiment(http, request.experimentId() == null ? "0" : request.experimentId(), ApiRole.EDIT);
        return new RunResponse(runs.create(
                request.experimentId(),
                request.userId(),
                request.runName(),
                request.startTime(),
                request.tags() == null ? List.of() : request.tags()));
    }

    @GetMapping("/runs/get")
    RunResponse get(
            @RequestParam(name = "run_id", required = false) @Nullable String runId,
            @RequestParam(name = "run_uuid", required = false) @Nullable String runUuid) {
        return new RunResponse(runs.get(runId != null ? runId : runUuid));
    }

    @PostMapping("/runs/update")
    RunInfoResponse update(@RequestBody RunRequest request, HttpServletRequest http) {
        permissions.onRun(http, request.id(), ApiRole.EDIT);
        return new RunInfoResponse(runs.update(request.id(), request.status(), request.endTime(), request.runName()));
    }

    @PostMapping("/runs/delete")
    Empty delete(@RequestBody RunRequest request, HttpServletRequest http) {
        permissions.onRun(http, request.id(), ApiRole.MANAGE);
        runs.delete(request.id());
        return Empty.INSTANCE;
    }

    @PostMapping("/runs/restore")
    Empty restore(@RequestBody RunRequest request, HttpServletRequest http) {
        permissions.onRun(http, request.id(), ApiRole.MANAGE);
        runs.restore(request.id());
        return Empty.INSTANCE;
    }

    @PostMapping("/runs/log-metric")
    Empty logMetric(@RequestBody LogMetric request, HttpServletRequest http) {
        permissions.onRun(http, request.runId() != null ? request.runId() : request.runUuid(), ApiRole.EDIT);
        Metric metric = metric(new MetricValue(request.key(), request.value(), request.timestamp(), request.step()));
        logging.batch(
                request.runId() != null ? request.runId() : request.runUuid(), List.of(metric), List.of(), List.of());
        return Empty.INSTANCE;
    }

    @PostMapping("/runs/log-parameter")
    Empty logParam(@RequestBody RunRequest request, HttpServletRequest http) {
        permissions.onRun(http, request.id(), ApiRole.EDIT);
        logging.batch(request.id(), List.of(), List.of(tag(request)), List.of());
        return Empty.INSTANCE;
    }

    @PostMapping("/runs/set-tag")
    Empty setTag(@RequestBody RunRequest request, HttpServletRequest http) {
        permissions.onRun(http, request.id(), ApiRole.EDIT);
        logging.batch(request.id(), List.of(), List.of(), List.of(tag(request)));
        return Empty.INSTANCE;
    }

    @PostMapping("/runs/delete-tag")
    Empty deleteTag(@RequestBody RunRequest request, HttpServletRequest http) {
        permissions.onRun(http, request.id(), ApiRole.EDIT);
        logging.deleteTag(request.id(), request.key());
        return Empty.INSTANCE;
    }

    @PostMapping("/runs/log-batch")
    Empty logBatch(@RequestBody LogBatch request, HttpServletRequest http) {
        permissions.onRun(http, request.runId(), ApiRole.EDIT);
        List<MetricValue> metrics = request.metrics() == null ? List.of() : request.metrics();
        for (int i = 0; i < metrics.size(); i++) {
            if (metrics.get(i) == null) {
                throw MlflowException.invalid("Invalid value null for parameter 'metrics[" + i + "]'");
            }
        }
        logging.batch(
                request.runId(),
                metrics.stream().map(this::metric).toList(),
                request.params() == null ? List.of() : request.params(),
                request.tags() == null ? List.of() : request.tags());
        return Empty.INSTANCE;
    }

    @PostMapping("/runs/search")
    SearchRunsResponse search(@RequestBody SearchRuns request) {
        Page<Run> page = runs.search(
                request.experimentIds() == null ? List.of() : request.experimentIds(),
                request.filter(),
                request.runViewType(),
                request.maxResults(),
                request.orderBy() == null ? List.of() : request.orderBy(),
                request.pageToken());
        return new SearchRunsResponse(page.items(), page.nextPageToken());
    }

    @GetMapping("/metrics/get-history")
    MetricHistoryResponse history(
            @RequestParam(name = "run_id", required = false) @Nullable String runId,
            @RequestParam(name = "run_uuid", required = false) @Nullable String runUuid,
            @RequestParam(name = "metric_key", required = false) @Nullable String key,
            @RequestParam(name = "max_results", required = false) @Nullable Integer maxResults,
            @RequestParam(name = "page_token", required = false) @Nullable String pageToken) {
        Page<Metric> page = runs.history(runId != null ? runId : runUuid, key, maxResults, pageToken);
        return new MetricHistoryResponse(page.items(), page.nextPageToken());
    }

    private Metric metric(MetricValue m) {
        if (m.key() == null || m.key().isEmpty()) {
            throw MlflowException.invalid("Missing value for required parameter 'key'.");
        }
        if (m.value() == null) {
            throw MlflowException.invalid("Missing value for required parameter 'value' of metric '" + m.key() + "'.");
        }
        return new Metric(
                m.key(),
                m.value(),
                m.timestamp() == null ? clock.millis() : m.timestamp(),
                m.step() == null ? 0 : m.step());
    }

    private static Tag tag(RunRequest request) {
        return new Tag(MlflowException.require(request.key(), "key"), request.value() == null ? "" : request.value());
    }
}
