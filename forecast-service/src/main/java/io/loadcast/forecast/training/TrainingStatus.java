package io.loadcast.forecast.training;

/** Lifecycle of a training run. */
public enum TrainingStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
}
