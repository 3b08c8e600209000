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
 * @param epoch last finished epoch
 * @param epochs epochs planned
 * @param loss training loss of the last epoch
 * @param etaSeconds estimated seconds left
 * @param createdAt when it was requested
 * @param finishedAt when it ended
 * @param registryRunId the MLflow run id in registry-service
 * @param modelName the registered model
 * @param modelVersion the registered version
 * @param backtest backtest figures, once known
 * @param error why it failed
 */
public record TrainingRun(
        String id,
        TrainingStatus status,
        String family,
        List<String> seriesIds,
        int epoch,
        int epochs,
        @Nullable Double loss,
        @Nullable Long etaSeconds,
        Instant createdAt,
        @Nullable Instant finishedAt,
        @Nullable String registryRunId,
        String modelName,
        @Nullable String modelVersion,
        @Nullable BacktestSummary backtest,
        @Nullable String error) {}
