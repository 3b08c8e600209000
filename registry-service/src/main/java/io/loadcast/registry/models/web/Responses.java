package io.loadcast.registry.models.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.loadcast.registry.models.ModelVersion;
import io.loadcast.registry.models.RegisteredModel;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** MLflow's registry response messages. */
final class Responses {

    private Responses() {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record RegisteredModelResponse(RegisteredModel registeredModel) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RegisteredModelsPage(
            List<RegisteredModel> registeredModels,
            @Nullable String nextPageToken) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ModelVersionResponse(ModelVersion modelVersion) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ModelVersionsResponse(List<ModelVersion> modelVersions) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ModelVersionsPage(
            List<ModelVersion> modelVersions, @Nullable String nextPageToken) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record DownloadUri(String artifactUri) {}
}
