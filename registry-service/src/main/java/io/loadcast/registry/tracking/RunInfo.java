package io.loadcast.registry.tracking;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** MLflow's {@code RunInfo} message; {@code run_uuid} repeats {@code run_id} as MLflow still sends both. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunInfo(
        String runId,
        String runUuid,
        String runName,
        String experimentId,
        String userId,
        String status,
        long startTime,
        @Nullable Long endTime,
        String artifactUri,
        String lifecycleStage) {

    public boolean active() {
        return "active".equals(lifecycleStage);
    }
}
