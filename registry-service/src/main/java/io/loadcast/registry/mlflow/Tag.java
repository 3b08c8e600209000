package io.loadcast.registry.mlflow;

/** MLflow's key/value pair: experiment, run, model and version tags, and run params. */
public record Tag(String key, String value) {}
