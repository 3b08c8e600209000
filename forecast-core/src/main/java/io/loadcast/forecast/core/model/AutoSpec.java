package io.loadcast.forecast.core.model;

/**
 * Family {@code auto}: each candidate trains with its own defaults and this horizon and seed; the look-back is the
 * longest of theirs (day-ahead's 720).
 */
public record AutoSpec(int horizon, long seed) implements TrainingSpec {

    public AutoSpec {
        InvalidSpecException.positive("horizon", horizon);
    }

    @Override
    public ModelFamily family() {
        return ModelFamily.AUTO;
    }

    @Override
    public int lookback() {
        return 720;
    }

    @Override
    public int stride() {
        return 1;
    }

    @Override
    public AutoSpec withHorizon(int newHorizon) {
        return new AutoSpec(newHorizon, seed);
    }

    @Override
    public AutoSpec withSeed(long newSeed) {
        return new AutoSpec(horizon, newSeed);
    }
}
