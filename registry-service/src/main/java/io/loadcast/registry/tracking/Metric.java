package io.loadcast.registry.tracking;

/** MLflow's {@code Metric} message: one logged value of a key at a timestamp (ms) and step. */
public record Metric(String key, double value, long timestamp, long step) {}
