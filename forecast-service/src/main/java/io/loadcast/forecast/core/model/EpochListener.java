package io.loadcast.forecast.core.model;

/** Told after each training epoch, for progress reports and per-epoch loss logging. */
@FunctionalInterface
public interface EpochListener {

    EpochListener NONE = (epoch, epochs, loss) -> {};

    void onEpoch(int epoch, int epochs, double loss);
}
