package io.loadcast.registry.models.web;

import io.loadcast.registry.mlflow.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The fields of MLflow's registry request messages; each endpoint reads the ones its message has. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ModelRequest(
        @Nullable String name,
        @Nullable String newName,
        @Nullable String description,
        @Nullable String version,
        @Nullable String source,
        @Nullable String runId,
        @Nullable String runLink,
        @Nullable String stage,
        @Nullable Boolean archiveExistingVersions,
        @Nullable String key,
        @Nullable String value,
        @Nullable String alias,
        @Nullable List<String> stages,
        @Nullable List<Tag> tags,
        @Nullable String filter,
        @Nullable Integer maxResults,
        @Nullable List<String> orderBy,
        @Nullable String pageToken) {

    static ModelRequest of(
            @Nullable String name, @Nullable String version, @Nullable String key, @Nullable String alias) {
        return new ModelRequest(
                name, null, null, version, null, null, null, null, null, key, null, alias, null, null, null, null, null,
                null);
    }

    List<Tag> tagList() {
        return tags == null ? List.of() : tags;
    }
}
