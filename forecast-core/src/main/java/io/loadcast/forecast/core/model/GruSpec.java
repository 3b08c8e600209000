package io.loadcast.forecast.core.model;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/** Family {@code gru}: see {@link RecurrentSpec}. */
public record GruSpec(
        int lookback,
        int horizon,
        int epochs,
        double learningRate,
        int hidden,
        int batchSize,
        int stride,
        long seed,
        @JsonSetter(nulls = Nulls.AS_EMPTY) int members)
        implements RecurrentSpec {

    public GruSpec {
        members = RecurrentSpec.members(members);
        RecurrentSpec.check(lookback, horizon, epochs, learningRate, hidden, batchSize, stride);
    }

    /** One net ({@code members} 1), as before the field existed. */
    public GruSpec(
            int lookback,
            int horizon,
            int epochs,
            double learningRate,
            int hidden,
            int batchSize,
            int stride,
            long seed) {
        this(lookback, horizon, epochs, learningRate, hidden, batchSize, stride, seed, 1);
    }

    @Override
    public ModelFamily family() {
        return ModelFamily.GRU;
    }

    @Override
    public GruSpec with(int newHorizon, long newSeed, int newMembers) {
        return new GruSpec(lookback, newHorizon, epochs, learningRate, hidden, batchSize, stride, newSeed, newMembers);
    }
}
