package io.loadcast.forecast.core.model;

/**
 * The recurrent families (DL4J): epochs, Adam learning rate, hidden units, mini-batch size, and how many nets (seeds
 * {@code seed}, {@code seed + 1}, ...) are trained and averaged into the one saved model.
 */
public sealed interface RecurrentSpec extends TrainingSpec permits LstmSpec, GruSpec {

    /** Passes over the samples. */
    int epochs();

    /** Adam learning rate. */
    double learningRate();

    /** Hidden units. */
    int hidden();

    /** Mini-batch size. */
    int batchSize();

    /**
     * Nets trained one after the other with seeds {@code seed}, {@code seed + 1}, ... on the same data; the model
     * forecasts their mean ({@code DirectMembersModel}). 1: one net, saved as before.
     */
    int members();

    /** This family's spec with another horizon, seed and member count, every other field unchanged. */
    RecurrentSpec with(int horizon, long seed, int members);

    @Override
    default RecurrentSpec withHorizon(int newHorizon) {
        return with(newHorizon, seed(), members());
    }

    @Override
    default RecurrentSpec withSeed(long newSeed) {
        return with(horizon(), newSeed, members());
    }

    /** Member {@code i}'s spec (0-based): seed {@code seed + i}, one net. */
    default RecurrentSpec member(int i) {
        return with(horizon(), seed() + i, 1);
    }

    /**
     * {@code members} checked; 0 reads as 1: a spec written before the field existed (a queued run's JSON, a saved
     * model's provenance) has none.
     */
    static int members(int members) {
        int n = members == 0 ? 1 : members;
        InvalidSpecException.positive("members", n);
        return n;
    }

    /** The checks both recurrent families share. */
    static void check(
            int lookback, int horizon, int epochs, double learningRate, int hidden, int batchSize, int stride) {
        InvalidSpecException.positive("lookback", lookback);
        InvalidSpecException.positive("horizon", horizon);
        InvalidSpecException.atLeast("epochs", epochs, 0);
        InvalidSpecException.positive("learningRate", learningRate);
        InvalidSpecException.positive("hidden", hidden);
        InvalidSpecException.positive("batchSize", batchSize);
        InvalidSpecException.positive("stride", stride);
    }
}
