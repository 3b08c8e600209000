package io.loadcast.registry.models;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.loadcast.registry.mlflow.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** MLflow's {@code ModelVersion} message; versions are numbers sent as strings. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelVersion(
        String name,
        String version,
        long creationTimestamp,
        long lastUpdatedTimestamp,
        String userId,
        String currentStage,
        String description,
        String source,
        @Nullable String runId,
        String status,
        @Nullable String runLink,
        List<Tag> tags,
        List<String> aliases) {}
