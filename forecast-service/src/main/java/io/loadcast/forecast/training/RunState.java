package io.loadcast.forecast.training;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The mutable progress of one run a worker of this instance executes, read concurrently by the API; each change is
 * saved to the run history (batch progress at most once a second), so other replicas see it too.
 */
final class RunState {

    private static final Duration BATCH_SAVE_INTERVAL = Duration.ofSeconds(1);

    private final QueuedRun queued;
    private final RunHistory history;
    private final Clock clock;
    private final Instant startedAt;
    private final Instant deadline;
    private volatile boolean cancelRequested;
    private volatile boolean released;
    private TrainingStatus status = TrainingStatus.RUNNING;
    private TrainingPhase phase = TrainingPhase.LOADING_DATA;
    private int epoch;
    private int epochs;
    private int batch;
    private int batches;
    private @Nullable Double loss;
    private @Nullable Instant trainingStarted;
    private Instant lastSave = Instant.EPOCH;
    private @Nullable Instant finishedAt;
    private @Nullable String registryRunId;
    private @Nullable String modelVersion;
    private @Nullable BacktestSummary backtest;
    private @Nullable String error;

    RunState(QueuedRun queued, RunHistory history, Clock clock) {
        this.queued = queued;
        this.history = history;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.deadline = startedAt.plus(queued.command().timeout());
        this.epochs = queued.command().epochs();
        save();
    }

    private void save() {
        if (released) {
            return;
        }
        lastSave = clock.instant();
        history.save(view(), queued.command().requestedBy());
    }

    TrainingCommand command() {
        return queued.command();
    }

    String id() {
        return queued.id();
    }

    /** Asks the run to stop at its next batch or epoch boundary. */
    void requestCancel() {
        cancelRequested = true;
    }

    /** The worker is stopping and gave the run back to the queue: this state saves nothing more and stops. */
    void release() {
        released = true;
    }

    /** Throws {@link RunStopped} when the run was cancelled or is past its timeout; called between steps. */
    void checkContinue() {
        if (cancelRequested || released) {
            throw RunStopped.cancelled();
        }
        if (clock.instant().isAfter(deadline)) {
            throw RunStopped.timedOut(queued.command().timeout());
        }
    }

    synchronized void running(String registryRun) {
        registryRunId = registryRun;
        save();
    }

    synchronized void phase(TrainingPhase next) {
        checkContinue();
        phase = next;
        save();
    }

    synchronized void batch(int inEpoch, int done, int total) {
        if (trainingStarted == null) {
            trainingStarted = clock.instant();
        }
        phase = TrainingPhase.TRAINING;
        epoch = inEpoch - 1;
        batch = done;
        batches = total;
        if (Duration.between(lastSave, clock.instant()).compareTo(BATCH_SAVE_INTERVAL) >= 0) {
            save();
        }
        checkContinue();
    }

    synchronized void epoch(int done, int total, double epochLoss) {
        if (trainingStarted == null) {
            trainingStarted = clock.instant();
        }
        phase = TrainingPhase.TRAINING;
        epoch = done;
        epochs = total;
        batch = 0;
        loss = Double.isFinite(epochLoss) ? epochLoss : null;
        save();
        checkContinue();
    }

    synchronized void succeeded(String version, BacktestSummary summary) {
        modelVersion = version;
        backtest = summary;
        end(TrainingStatus.SUCCEEDED, null);
    }

    synchronized void backtest(BacktestSummary summary) {
        backtest = summary;
        save();
    }

    synchronized void failed(String reason) {
        end(TrainingStatus.FAILED, reason);
    }

    synchronized void stopped(RunStopped stop) {
        end(stop.outcome(), stop.getMessage());
    }

    private void end(TrainingStatus outcome, @Nullable String reason) {
        status = outcome;
        phase = TrainingPhase.DONE;
        error = reason;
        finishedAt = clock.instant();
        save();
    }

    synchronized TrainingRun view() {
        TrainingCommand c = queued.command();
        return new TrainingRun(
                queued.id(),
                status,
                c.spec().family().slug(),
                c.seriesIds(),
                c.priority(),
                null,
                phase,
                epoch,
                epochs,
                batch,
                batches,
                loss,
                eta(),
                queued.createdAt(),
                startedAt,
                finishedAt,
                registryRunId,
                c.modelName(),
                modelVersion,
                backtest,
                error);
    }

    /** Seconds left, from the share of batches (or epochs) done since the first one started. */
    private @Nullable Long eta() {
        if (status != TrainingStatus.RUNNING || trainingStarted == null || epochs <= 0) {
            return null;
        }
        double perEpoch = batches > 0 ? (double) batch / batches : 0;
        double done = (epoch + perEpoch) / epochs;
        if (done <= 0 || done >= 1) {
            return null;
        }
        long spent = Duration.between(trainingStarted, clock.instant()).toMillis();
        return Math.round(spent * (1 - done) / done / 1000.0);
    }
}
