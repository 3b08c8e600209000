package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.util.List;

/**
 * Runs a trainer on series that may have gaps (NaN: periods without a reading): filled causally ({@link
 * HalfHourlySeries#filled()}) unless the trainer {@link Trainer#handlesGaps() handles them} ({@code auto} and {@code
 * ensemble} score their validation on the observed periods only). Turns running out of memory into a {@link TrainingFailedException}. Catching the error is safe
 * here: everything the failed training allocated (the network, its samples, DL4J's off-heap buffers through their
 * deallocators) is referenced only from the training thread's stack, which the throw unwinds.
 */
record GuardedTrainer(ModelFamily family, Trainer trainer) implements Trainer {

    @Override
    public ForecastModel train(
            List<HalfHourlySeries> series, TrainingSpec spec, TrainingContext context, EpochListener listener) {
        try {
            List<HalfHourlySeries> input = trainer.handlesGaps()
                    ? series
                    : series.stream().map(HalfHourlySeries::filled).toList();
            return trainer.train(input, spec, context, listener);
        } catch (OutOfMemoryError e) {
            throw new TrainingFailedException(
                    family + " training ran out of memory (heap or off-heap; see org.bytedeco.javacpp.maxbytes and"
                            + " maxphysicalbytes): " + e.getMessage(),
                    e);
        }
    }
}
