package io.loadcast.registry.models;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.loadcast.registry.mlflow.Tag;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** MLflow's {@code RegisteredModel} message, with the latest version per stage and the aliases. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegisteredModel(
        String name,
        long creationTimestamp,
        long lastUpdatedTimestamp,
        String userId,
        String description,
        List<ModelVersion> latestVersions,
        List<Tag> tags,
        List<Alias> aliases) {

    /** MLflow's {@code RegisteredModelAlias}. */
    public record Alias(String alias, String version) {}
}
