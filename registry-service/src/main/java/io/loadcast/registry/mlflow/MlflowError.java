package io.loadcast.registry.mlflow;

import com.fasterxml.jackson.annotation.JsonProperty;

/** MLflow's error body, parsed by every MLflow client. */
record MlflowError(@JsonProperty("error_code") String errorCode, String message) {}
