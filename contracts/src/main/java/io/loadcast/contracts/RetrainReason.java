package io.loadcast.contracts;

/** Why a retraining was requested. */
public enum RetrainReason {
    DRIFT,
    SCHEDULE,
    CI,
    MANUAL
}
