package io.loadcast.forecast.core.model;

/**
 * Told after each training epoch (and, by the neural trainers, after each mini-batch), for progress reports and
 * per-epoch loss logging. A listener may throw to stop the training (a cancelled or timed-out run): trainers call
 * it between batches and epochs, never inside one.
 */
@FunctionalInterface
public interface EpochListener {

    EpochListener NONE = (epoch, epochs, loss) -> {};

    void onEpoch(int epoch, int epochs, double loss);

    /** After mini-batch {@code batch} (1-based) of {@code batches} within epoch {@code epoch} (1-based). */
    default void onBatch(int epoch, int batch, int batches) {}
}
