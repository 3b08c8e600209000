package io.loadcast.registry.tracking;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.loadcast.registry.mlflow.Tag;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** MLflow's {@code Experiment} message. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Experiment(
        String experimentId,
        String name,
        String artifactLocation,
        String lifecycleStage,
        long lastUpdateTime,
        long creationTime,
        List<Tag> tags) {}
