package io.loadcast.forecast.training;

/** Lifecycle of a training run: QUEUED -> RUNNING -> SUCCEEDED | FAILED | CANCELLED (a queued run can be cancelled). */
public enum TrainingStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
