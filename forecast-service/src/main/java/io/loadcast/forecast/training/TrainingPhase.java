package io.loadcast.forecast.training;

/** What a run is doing now, so that progress shows from its first second (not only after the first epoch). */
public enum TrainingPhase {
    QUEUED,
    LOADING_DATA,
    BUILDING_WINDOWS,
    TRAINING,
    BACKTEST,
    REGISTERING,
    DONE
}
