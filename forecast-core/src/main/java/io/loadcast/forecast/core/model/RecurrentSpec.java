package io.loadcast.forecast.core.model;

/** The recurrent families (DL4J): epochs, Adam learning rate, hidden units and mini-batch size. */
public sealed interface RecurrentSpec extends TrainingSpec permits LstmSpec, GruSpec {

    /** Passes over the samples. */
    int epochs();

    /** Adam learning rate. */
    double learningRate();

    /** Hidden units. */
    int hidden();

    /** Mini-batch size. */
    int batchSize();

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
