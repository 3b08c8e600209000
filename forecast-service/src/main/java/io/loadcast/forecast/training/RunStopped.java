package io.loadcast.forecast.training;

/** Thrown from a run's progress listener between batches or epochs to stop it: cancelled, or past its timeout. */
final class RunStopped extends RuntimeException {

    private final TrainingStatus outcome;

    private RunStopped(TrainingStatus outcome, String reason) {
        super(reason, null, false, false);
        this.outcome = outcome;
    }

    static RunStopped cancelled() {
        return new RunStopped(TrainingStatus.CANCELLED, "cancelled");
    }

    static RunStopped timedOut(java.time.Duration timeout) {
        return new RunStopped(TrainingStatus.FAILED, "timed out: the run exceeded its timeout of " + timeout);
    }

    TrainingStatus outcome() {
        return outcome;
    }
}
