package io.loadcast.forecast.core.model;

import org.jspecify.annotations.Nullable;

/**
 * Family {@code auto}: each candidate trains with its own defaults and this horizon and seed; the look-back is the
 * longest of theirs (day-ahead's 720). {@code candidates} limits the families it tries (all of them by default; a
 * saved or queued spec without the field reads as all).
 */
public record AutoSpec(int horizon, long seed, Candidates candidates) implements TrainingSpec {

    public AutoSpec {
        InvalidSpecException.positive("horizon", horizon);
    }

    public AutoSpec(int horizon, long seed) {
        this(horizon, seed, Candidates.ALL);
    }

    /** Jackson's way in: a spec written before {@code candidates} existed has none. */
    @com.fasterxml.jackson.annotation.JsonCreator
    static AutoSpec read(
            @com.fasterxml.jackson.annotation.JsonProperty("horizon") int horizon,
            @com.fasterxml.jackson.annotation.JsonProperty("seed") long seed,
            @com.fasterxml.jackson.annotation.JsonProperty("candidates") @Nullable Candidates candidates) {
        return new AutoSpec(horizon, seed, candidates == null ? Candidates.ALL : candidates);
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
        return new AutoSpec(newHorizon, seed, candidates);
    }

    @Override
    public AutoSpec withSeed(long newSeed) {
        return new AutoSpec(horizon, newSeed, candidates);
    }
}
