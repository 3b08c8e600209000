package io.loadcast.forecast.training;

import io.loadcast.contracts.RetrainReason;

/**
 * Who asked for a run, which orders the queue: an operator's request first, then CI, then drift, then the schedule
 * (the {@link #rank()} is stored, higher first; runs of one priority run in the order they were queued).
 */
public enum TrainingPriority {
    SCHEDULED(10),
    DRIFT(20),
    CI(30),
    MANUAL(40);

    private final int rank;

    TrainingPriority(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public static TrainingPriority of(RetrainReason reason) {
        return switch (reason) {
            case DRIFT -> DRIFT;
            case SCHEDULE -> SCHEDULED;
            case CI -> CI;
            case MANUAL -> MANUAL;
        };
    }

    public static TrainingPriority ofRank(int rank) {
        for (TrainingPriority p : values()) {
            if (p.rank == rank) {
                return p;
            }
        }
        return MANUAL;
    }
}
