package io.loadcast.forecast.core.model;

/**
 * Family {@code ensemble}: the mean of member models of other families, built by {@code auto} when averaging its
 * best candidates validates better than the best one alone (the members, with their own specs, are saved inside the
 * ensemble). The look-back is the longest member's.
 */
public record EnsembleSpec(int lookback, int horizon, long seed) implements TrainingSpec {

    public EnsembleSpec {
        InvalidSpecException.positive("lookback", lookback);
        InvalidSpecException.positive("horizon", horizon);
    }

    @Override
    public ModelFamily family() {
        return ModelFamily.ENSEMBLE;
    }

    @Override
    public int stride() {
        return 1;
    }

    @Override
    public EnsembleSpec withHorizon(int newHorizon) {
        return new EnsembleSpec(lookback, newHorizon, seed);
    }

    @Override
    public EnsembleSpec withSeed(long newSeed) {
        return new EnsembleSpec(lookback, horizon, newSeed);
    }
}
