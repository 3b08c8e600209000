package io.loadcast.forecast.training;

import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.registry.ModelRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's progress from its trainer: batches and epochs to the run's state, each epoch's loss to the registry, and
 * each epoch observed ({@code loadcast.forecast.training.epoch.duration}, tagged with the family; an epoch cut short
 * by a failure or a cancellation carries the observation's {@code error} tag).
 */
final class EpochProgress implements EpochListener {

    static final String EPOCH = "loadcast.forecast.training.epoch.duration";
    private static final Logger log = LoggerFactory.getLogger(EpochProgress.class);

    private final RunState state;
    private final ModelRegistry registry;
    private final String runId;
    private final ObservationRegistry observations;
    private @Nullable Observation epoch;

    EpochProgress(RunState state, ModelRegistry registry, String runId, ObservationRegistry observations) {
        this.state = state;
        this.registry = registry;
        this.runId = runId;
        this.observations = observations;
        this.epoch = start();
    }

    @Override
    public void onBatch(int epochNumber, int batch, int batches) {
        state.batch(epochNumber, batch, batches);
    }

    @Override
    public void onEpoch(int epochNumber, int epochs, double loss) {
        finish();
        if (epochNumber < epochs) {
            epoch = start();
        }
        if (Double.isFinite(loss)) {
            registry.logMetric(runId, "train_loss", loss, epochNumber);
            log.info("training run {} epoch {}/{} loss {}", state.id(), epochNumber, epochs, loss);
        }
        state.epoch(epochNumber, epochs, loss);
    }

    /** Ends the epoch under way, if any. */
    void finish() {
        if (epoch != null) {
            epoch.stop();
            epoch = null;
        }
    }

    /** Ends the epoch under way, if any, as cut short by {@code cause}. */
    void abandon(Throwable cause) {
        if (epoch != null) {
            epoch.error(cause);
        }
        finish();
    }

    private Observation start() {
        return Observation.createNotStarted(EPOCH, observations)
                .lowCardinalityKeyValue(
                        "family", state.command().spec().family().slug())
                .start();
    }
}
