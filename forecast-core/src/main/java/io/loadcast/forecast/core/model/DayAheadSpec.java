package io.loadcast.forecast.core.model;

/** Family {@code day-ahead}: per-period regression; the look-back must reach the features ({@link io.loadcast.forecast.core.features.DayAheadFeatures#REACH}). */
public record DayAheadSpec(int lookback, int horizon, double ridge, int stride, long seed) implements RidgeSpec {

    public DayAheadSpec {
        RidgeSpec.check(lookback, horizon, ridge, stride);
        InvalidSpecException.atLeast("lookback", lookback, io.loadcast.forecast.core.features.DayAheadFeatures.REACH);
    }

    @Override
    public ModelFamily family() {
        return ModelFamily.DAY_AHEAD;
    }

    @Override
    public DayAheadSpec withHorizon(int newHorizon) {
        return new DayAheadSpec(lookback, newHorizon, ridge, stride, seed);
    }

    @Override
    public DayAheadSpec withSeed(long newSeed) {
        return new DayAheadSpec(lookback, horizon, ridge, stride, newSeed);
    }

    @Override
    public DayAheadSpec withLookback(int newLookback) {
        return new DayAheadSpec(newLookback, horizon, ridge, stride, seed);
    }

    @Override
    public DayAheadSpec withRidge(double newRidge) {
        return new DayAheadSpec(lookback, horizon, newRidge, stride, seed);
    }
}
