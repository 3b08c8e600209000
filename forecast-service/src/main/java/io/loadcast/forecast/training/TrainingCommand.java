package io.loadcast.forecast.training;

import io.loadcast.forecast.core.model.RecurrentSpec;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A validated request to train.
 *
 * @param seriesIds series to train on (one model across them, channel-independent)
 * @param datasetId a dataset snapshot to train on, or null to read the range
 * @param from start of the range (inclusive), or null for the configured number of days before {@code to}
 * @param to end of the range (exclusive), or null for now
 * @param spec family and hyperparameters
 * @param backtestWeeks weeks at the end kept for the backtest
 * @param modelName the registered model name
 * @param requestedBy who asked
 * @param priority where it goes in the queue
 * @param timeout longest it may run (checked between batches and epochs)
 */
public record TrainingCommand(
        List<String> seriesIds,
        @Nullable String datasetId,
        @Nullable Instant from,
        @Nullable Instant to,
        TrainingSpec spec,
        int backtestWeeks,
        String modelName,
        String requestedBy,
        TrainingPriority priority,
        Duration timeout) {

    /** Passes over the samples (recurrent families), else 0: what progress counts. */
    public int epochs() {
        return spec instanceof RecurrentSpec recurrent ? recurrent.epochs() : 0;
    }

    public TrainingCommand withPriority(TrainingPriority newPriority) {
        return new TrainingCommand(
                seriesIds, datasetId, from, to, spec, backtestWeeks, modelName, requestedBy, newPriority, timeout);
    }
}
