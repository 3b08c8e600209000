package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.util.List;

/**
 * Runs a trainer and turns running out of memory into a {@link TrainingFailedException}. Catching the error is safe
 * here: everything the failed training allocated (the network, its samples, DL4J's off-heap buffers through their
 * deallocators) is referenced only from the training thread's stack, which the throw unwinds.
 */
record GuardedTrainer(ModelFamily family, Trainer trainer) implements Trainer {

    @Override
    public ForecastModel train(
            List<HalfHourlySeries> series, TrainingSpec spec, TrainingContext context, EpochListener listener) {
        try {
            return trainer.train(series, spec, context, listener);
        } catch (OutOfMemoryError e) {
            throw new TrainingFailedException(
                    family + " training ran out of memory (heap or off-heap; see org.bytedeco.javacpp.maxbytes and"
                            + " maxphysicalbytes): " + e.getMessage(),
                    e);
        }
    }
}
