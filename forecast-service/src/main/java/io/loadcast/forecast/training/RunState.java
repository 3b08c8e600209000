package io.loadcast.forecast.training;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The mutable progress of one run, read concurrently by the API; each change is saved to the run history. */
final class RunState {

    private final String id;
    private final TrainingCommand command;
    private final RunHistory history;
    private final Instant createdAt = Instant.now();
    private TrainingStatus status = TrainingStatus.QUEUED;
    private int epoch;
    private int epochs;
    private @Nullable Double loss;
    private @Nullable Instant trainingStarted;
    private @Nullable Instant finishedAt;
    private @Nullable String registryRunId;
    private @Nullable String modelVersion;
    private @Nullable BacktestSummary backtest;
    private @Nullable String error;

    RunState(String id, TrainingCommand command, RunHistory history) {
        this.id = id;
        this.command = command;
        this.history = history;
        this.epochs = command.spec().epochs();
        save();
    }

    private void save() {
        history.save(view(), command.requestedBy());
    }

    TrainingCommand command() {
        return command;
    }

    String id() {
        return id;
    }

    synchronized void running(String registryRun) {
        status = TrainingStatus.RUNNING;
        registryRunId = registryRun;
        trainingStarted = Instant.now();
        save();
    }

    synchronized void epoch(int done, int total, double epochLoss) {
        epoch = done;
        epochs = total;
        loss = Double.isFinite(epochLoss) ? epochLoss : null;
        save();
    }

    synchronized void succeeded(String version, BacktestSummary summary) {
        status = TrainingStatus.SUCCEEDED;
        modelVersion = version;
        backtest = summary;
        finishedAt = Instant.now();
        save();
    }

    synchronized void backtest(BacktestSummary summary) {
        backtest = summary;
        save();
    }

    synchronized void failed(String reason) {
        status = TrainingStatus.FAILED;
        error = reason;
        finishedAt = Instant.now();
        save();
    }

    synchronized TrainingRun view() {
        Long eta = null;
        if (status == TrainingStatus.RUNNING && trainingStarted != null && epoch > 0 && epochs > epoch) {
            long spent = Duration.between(trainingStarted, Instant.now()).toSeconds();
            eta = spent * (epochs - epoch) / epoch;
        }
        return new TrainingRun(
                id,
                status,
                command.spec().family(),
                command.seriesIds(),
                epoch,
                epochs,
                loss,
                eta,
                createdAt,
                finishedAt,
                registryRunId,
                command.modelName(),
                modelVersion,
                backtest,
                error);
    }
}
