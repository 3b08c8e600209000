package io.loadcast.registry.mlflow;

import com.fasterxml.jackson.annotation.JsonInclude;

/** MLflow's empty response message, {@code {}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Empty() {

    public static final Empty INSTANCE = new Empty();
}
