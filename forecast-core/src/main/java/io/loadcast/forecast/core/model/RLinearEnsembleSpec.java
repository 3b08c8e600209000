package io.loadcast.forecast.core.model;

/** Family {@code rlinear-ensemble}: {@code rlinear} members at fixed shares of the look-back, averaged. */
public record RLinearEnsembleSpec(int lookback, int horizon, double ridge, int stride, long seed) implements RidgeSpec {

    public RLinearEnsembleSpec {
        RidgeSpec.check(lookback, horizon, ridge, stride);
    }

    @Override
    public ModelFamily family() {
        return ModelFamily.RLINEAR_ENSEMBLE;
    }

    @Override
    public RLinearEnsembleSpec withHorizon(int newHorizon) {
        return new RLinearEnsembleSpec(lookback, newHorizon, ridge, stride, seed);
    }

    @Override
    public RLinearEnsembleSpec withSeed(long newSeed) {
        return new RLinearEnsembleSpec(lookback, horizon, ridge, stride, newSeed);
    }

    @Override
    public RLinearEnsembleSpec withLookback(int newLookback) {
        return new RLinearEnsembleSpec(newLookback, horizon, ridge, stride, seed);
    }

    @Override
    public RLinearEnsembleSpec withRidge(double newRidge) {
        return new RLinearEnsembleSpec(lookback, horizon, newRidge, stride, seed);
    }

    /** The {@code rlinear} member at {@code memberLookback} with penalty {@code memberRidge}. */
    public RLinearSpec member(int memberLookback, double memberRidge) {
        return new RLinearSpec(memberLookback, horizon, memberRidge, stride, seed);
    }
}
