package io.loadcast.forecast.core.model;

/** Family {@code lstm}: see {@link RecurrentSpec}. */
public record LstmSpec(
        int lookback, int horizon, int epochs, double learningRate, int hidden, int batchSize, int stride, long seed)
        implements RecurrentSpec {

    public LstmSpec {
        RecurrentSpec.check(lookback, horizon, epochs, learningRate, hidden, batchSize, stride);
    }

    @Override
    public ModelFamily family() {
        return ModelFamily.LSTM;
    }

    @Override
    public LstmSpec withHorizon(int newHorizon) {
        return new LstmSpec(lookback, newHorizon, epochs, learningRate, hidden, batchSize, stride, seed);
    }

    @Override
    public LstmSpec withSeed(long newSeed) {
        return new LstmSpec(lookback, horizon, epochs, learningRate, hidden, batchSize, stride, newSeed);
    }
}
