package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;

/** Family {@code seasonal-naive}: the same period a week earlier; only the horizon (at most a week) and a seed. */
public record SeasonalNaiveSpec(int horizon, long seed) implements TrainingSpec {

    public SeasonalNaiveSpec {
        InvalidSpecException.positive("horizon", horizon);
        if (horizon > HalfHourlySeries.STEPS_PER_WEEK) {
            throw new InvalidSpecException("horizon", "must be at most a week (336), was " + horizon);
        }
    }

    @Override
    public ModelFamily family() {
        return ModelFamily.SEASONAL_NAIVE;
    }

    /** One week. */
    @Override
    public int lookback() {
        return HalfHourlySeries.STEPS_PER_WEEK;
    }

    @Override
    public int stride() {
        return 1;
    }

    @Override
    public SeasonalNaiveSpec withHorizon(int newHorizon) {
        return new SeasonalNaiveSpec(newHorizon, seed);
    }

    @Override
    public SeasonalNaiveSpec withSeed(long newSeed) {
        return new SeasonalNaiveSpec(horizon, newSeed);
    }
}
