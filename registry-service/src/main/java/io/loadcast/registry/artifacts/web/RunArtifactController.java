package io.loadcast.registry.artifacts.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.loadcast.registry.artifacts.ArtifactPath;
import io.loadcast.registry.artifacts.Artifacts;
import io.loadcast.registry.artifacts.FileInfo;
import io.loadcast.registry.mlflow.MlflowApi;
import io.loadcast.registry.tracking.RunInfo;
import io.loadcast.registry.tracking.Runs;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** MLflow's artifacts/list: a run's artifacts, paths relative to the run's artifact root. */
@MlflowApi
@RestController
class RunArtifactController {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ListArtifactsResponse(String rootUri, List<FileInfo> files) {}

    private final Runs runs;
    private final Artifacts artifacts;

    RunArtifactController(Runs runs, Artifacts artifacts) {
        this.runs = runs;
        this.artifacts = artifacts;
    }

    @GetMapping("/api/2.0/mlflow/artifacts/list")
    ListArtifactsResponse list(
            @RequestParam(name = "run_id", required = false) @Nullable String runId,
            @RequestParam(name = "run_uuid", required = false) @Nullable String runUuid,
            @RequestParam(required = false) @Nullable String path) {
        RunInfo run = runs.info(runId != null ? runId : runUuid);
        String root = ArtifactPath.ofUri(run.artifactUri());
        String dir = ArtifactPath.join(root, ArtifactPath.normalize(path));
        return new ListArtifactsResponse(run.artifactUri(), artifacts.list(dir, root));
    }
}
