package io.loadcast.forecast.core.model;

/** Family {@code gru}: see {@link RecurrentSpec}. */
public record GruSpec(
        int lookback, int horizon, int epochs, double learningRate, int hidden, int batchSize, int stride, long seed)
        implements RecurrentSpec {

    public GruSpec {
        RecurrentSpec.check(lookback, horizon, epochs, learningRate, hidden, batchSize, stride);
    }

    @Override
    public ModelFamily family() {
        return ModelFamily.GRU;
    }

    @Override
    public GruSpec withHorizon(int newHorizon) {
        return new GruSpec(lookback, newHorizon, epochs, learningRate, hidden, batchSize, stride, seed);
    }

    @Override
    public GruSpec withSeed(long newSeed) {
        return new GruSpec(lookback, horizon, epochs, learningRate, hidden, batchSize, stride, newSeed);
    }
}
