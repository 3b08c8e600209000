package io.loadcast.forecast.training;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The mutable progress of one run, read concurrently by the API. */
final class RunState {

    private final String id;
    private final TrainingCommand command;
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

    RunState(String id, TrainingCommand command) {
        this.id = id;
        this.command = command;
        this.epochs = command.spec().epochs();
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
    }

    synchronized void epoch(int done, int total, double epochLoss) {
        epoch = done;
        epochs = total;
        loss = Double.isFinite(epochLoss) ? epochLoss : null;
    }

    synchronized void succeeded(String version, BacktestSummary summary) {
        status = TrainingStatus.SUCCEEDED;
        modelVersion = version;
        backtest = summary;
        finishedAt = Instant.now();
    }

    synchronized void backtest(BacktestSummary summary) {
        backtest = summary;
    }

    synchronized void failed(String reason) {
        status = TrainingStatus.FAILED;
        error = reason;
        finishedAt = Instant.now();
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
