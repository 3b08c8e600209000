package io.loadcast.forecast.core.model;

/** Family {@code rlinear}: channel-independent ridge map from the look-back to the horizon; ridge 0 = choose it. */
public record RLinearSpec(int lookback, int horizon, double ridge, int stride, long seed) implements RidgeSpec {

    public RLinearSpec {
        RidgeSpec.check(lookback, horizon, ridge, stride);
    }

    @Override
    public ModelFamily family() {
        return ModelFamily.RLINEAR;
    }

    @Override
    public RLinearSpec withHorizon(int newHorizon) {
        return new RLinearSpec(lookback, newHorizon, ridge, stride, seed);
    }

    @Override
    public RLinearSpec withSeed(long newSeed) {
        return new RLinearSpec(lookback, horizon, ridge, stride, newSeed);
    }

    @Override
    public RLinearSpec withLookback(int newLookback) {
        return new RLinearSpec(newLookback, horizon, ridge, stride, seed);
    }

    @Override
    public RLinearSpec withRidge(double newRidge) {
        return new RLinearSpec(lookback, horizon, newRidge, stride, seed);
    }
}
