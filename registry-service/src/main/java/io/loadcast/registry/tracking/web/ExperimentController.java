package io.loadcast.registry.tracking.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.loadcast.registry.mlflow.Empty;
import io.loadcast.registry.mlflow.MlflowApi;
import io.loadcast.registry.mlflow.Page;
import io.loadcast.registry.mlflow.Tag;
import io.loadcast.registry.tracking.Experiment;
import io.loadcast.registry.tracking.Experiments;
import io.loadcast.starter.security.ApiRole;
import jakarta.servlet.http.HttpServletRequest;
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

/** MLflow REST API 2.0: experiments. */
@MlflowApi
@RestController
@RequestMapping("/api/2.0/mlflow/experiments")
class ExperimentController {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CreateExperiment(
            @Nullable String name,
            @Nullable String artifactLocation,
            @Nullable List<Tag> tags) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ExperimentIdResponse(String experimentId) {}

    record ExperimentResponse(Experiment experiment) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SearchExperiments(
            @Nullable Integer maxResults,
            @Nullable String pageToken,
            @Nullable String filter,
            @Nullable List<String> orderBy,
            @Nullable String viewType) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SearchExperimentsResponse(
            List<Experiment> experiments, @Nullable String nextPageToken) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ExperimentRequest(
            @Nullable String experimentId,
            @Nullable String newName,
            @Nullable String key,
            @Nullable String value) {}

    private final Experiments experiments;
    private final ExperimentPermissions permissions;

    ExperimentController(Experiments experiments, ExperimentPermissions permissions) {
        this.experiments = experiments;
        this.permissions = permissions;
    }

    @PostMapping("/create")
    ExperimentIdResponse create(@RequestBody CreateExperiment request, HttpServletRequest http) {
        String id = experiments.create(
                request.name(), request.artifactLocation(), request.tags() == null ? List.of() : request.tags());
        permissions.grantCreator(http, id);
        return new ExperimentIdResponse(id);
    }

    @GetMapping("/get")
    ExperimentResponse get(@RequestParam(name = "experiment_id", required = false) @Nullable String id) {
        return new ExperimentResponse(experiments.get(id));
    }

    @GetMapping("/get-by-name")
    ExperimentResponse getByName(@RequestParam(name = "experiment_name", required = false) @Nullable String name) {
        return new ExperimentResponse(experiments.getByName(name));
    }

    @PostMapping("/search")
    SearchExperimentsResponse search(@RequestBody SearchExperiments request) {
        Page<Experiment> page = experiments.search(
                request.filter(),
                request.viewType() == null ? "ACTIVE_ONLY" : request.viewType(),
                request.maxResults(),
                request.orderBy() == null ? List.of() : request.orderBy(),
                request.pageToken());
        return new SearchExperimentsResponse(page.items(), page.nextPageToken());
    }

    @GetMapping("/search")
    SearchExperimentsResponse searchByGet(
            @RequestParam(name = "max_results", required = false) @Nullable Integer maxResults,
            @RequestParam(name = "page_token", required = false) @Nullable String pageToken,
            @RequestParam(required = false) @Nullable String filter,
            @RequestParam(name = "order_by", required = false) @Nullable List<String> orderBy,
            @RequestParam(name = "view_type", required = false) @Nullable String viewType) {
        return search(new SearchExperiments(maxResults, pageToken, filter, orderBy, viewType));
    }

    @PostMapping("/update")
    Empty update(@RequestBody ExperimentRequest request, HttpServletRequest http) {
        permissions.onExperiment(http, request.experimentId(), ApiRole.EDIT);
        experiments.rename(request.experimentId(), request.newName());
        return Empty.INSTANCE;
    }

    @PostMapping("/delete")
    Empty delete(@RequestBody ExperimentRequest request, HttpServletRequest http) {
        permissions.onExperiment(http, request.experimentId(), ApiRole.MANAGE);
        experiments.delete(request.experimentId());
        return Empty.INSTANCE;
    }

    @PostMapping("/restore")
    Empty restore(@RequestBody ExperimentRequest request, HttpServletRequest http) {
        permissions.onExperiment(http, request.experimentId(), ApiRole.MANAGE);
        experiments.restore(request.experimentId());
        return Empty.INSTANCE;
    }

    @PostMapping("/set-experiment-tag")
    Empty setTag(@RequestBody ExperimentRequest request, HttpServletRequest http) {
        permissions.onExperiment(http, request.experimentId(), ApiRole.EDIT);
        experiments.setTag(request.experimentId(), request.key(), request.value() == null ? "" : request.value());
        return Empty.INSTANCE;
    }

    @PostMapping("/delete-experiment-tag")
    Empty deleteTag(@RequestBody ExperimentRequest request, HttpServletRequest http) {
        permissions.onExperiment(http, request.experimentId(), ApiRole.EDIT);
        experiments.deleteTag(request.experimentId(), request.key());
        return Empty.INSTANCE;
    }
}
