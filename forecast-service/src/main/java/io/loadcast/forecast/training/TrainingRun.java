package io.loadcast.forecast.training;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A training run as the API shows it.
 *
 * @param id run id (forecast-service's)
 * @param status lifecycle state
 * @param family model family
 * @param seriesIds series trained on
 * @param priority where it goes in the queue (MANUAL > CI > DRIFT > SCHEDULED)
 * @param queuePosition 1 for the next run a free worker takes; null once it left the queue
 * @param phase what it is doing now
 * @param epoch last finished epoch
 * @param epochs epochs planned
 * @param batch batches done within the current epoch (neural families), 0 otherwise
 * @param batches batches per epoch (neural families), 0 otherwise
 * @param loss training loss of the last epoch
 * @param etaSeconds estimated seconds left of the training (from batches and epochs done)
 * @param createdAt when it was requested
 * @param startedAt when a worker took it
 * @param finishedAt when it ended
 * @param registryRunId the MLflow run id in registry-service
 * @param modelName the registered model
 * @param modelVersion the registered version
 * @param backtest backtest figures, once known
 * @param error why it failed or was cancelled
 */
public record TrainingRun(
        String id,
        TrainingStatus status,
        String family,
        List<String> seriesIds,
        TrainingPriority priority,
        @Nullable Integer queuePosition,
        TrainingPhase phase,
        int epoch,
        int epochs,
        int batch,
        int batches,
        @Nullable Double loss,
        @Nullable Long etaSeconds,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable String registryRunId,
        String modelName,
        @Nullable String modelVersion,
        @Nullable BacktestSummary backtest,
        @Nullable String error) {

    public TrainingRun withQueuePosition(@Nullable Integer position) {
        return new TrainingRun(
                id,
                status,
                family,
                seriesIds,
                priority,
                position,
                phase,
                epoch,
                epochs,
                batch,
                batches,
                loss,
                etaSeconds,
                createdAt,
                startedAt,
                finishedAt,
                registryRunId,
                modelName,
                modelVersion,
                backtest,
                error);
    }
}
