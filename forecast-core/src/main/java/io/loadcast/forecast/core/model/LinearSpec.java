package io.loadcast.forecast.core.model;

/** Family {@code linear}: DLinear-style ridge on the instance-normalised look-back and calendar features. */
public record LinearSpec(int lookback, int horizon, double ridge, int stride, long seed) implements RidgeSpec {

    public LinearSpec {
        RidgeSpec.check(lookback, horizon, ridge, stride);
    }

    @Override
    public ModelFamily family() {
        return ModelFamily.LINEAR;
    }

    @Override
    public LinearSpec withHorizon(int newHorizon) {
        return new LinearSpec(lookback, newHorizon, ridge, stride, seed);
    }

    @Override
    public LinearSpec withSeed(long newSeed) {
        return new LinearSpec(lookback, horizon, ridge, stride, newSeed);
    }

    @Override
    public LinearSpec withLookback(int newLookback) {
        return new LinearSpec(newLookback, horizon, ridge, stride, seed);
    }

    @Override
    public LinearSpec withRidge(double newRidge) {
        return new LinearSpec(lookback, horizon, newRidge, stride, seed);
    }
}
