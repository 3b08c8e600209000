package io.loadcast.forecast.core.model;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/** Family {@code lstm}: see {@link RecurrentSpec}. */
public record LstmSpec(
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

    public LstmSpec {
        members = RecurrentSpec.members(members);
        RecurrentSpec.check(lookback, horizon, epochs, learningRate, hidden, batchSize, stride);
    }

    /** One net ({@code members} 1), as before the field existed. */
    public LstmSpec(
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
        return ModelFamily.LSTM;
    }

    @Override
    public LstmSpec with(int newHorizon, long newSeed, int newMembers) {
        return new LstmSpec(lookback, newHorizon, epochs, learningRate, hidden, batchSize, stride, newSeed, newMembers);
    }
}
