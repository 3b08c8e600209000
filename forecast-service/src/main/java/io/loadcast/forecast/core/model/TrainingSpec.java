package io.loadcast.forecast.core.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What to train and how: the model family and its hyperparameters, with the seed that makes it repeatable.
 *
 * @param family {@code seasonal-naive}, {@code linear}, {@code lstm}, {@code gru}, {@code day-ahead}, {@code rlinear} or
 *     {@code rlinear-ensemble}
 * @param lookback half-hours of history fed to the model
 * @param horizon half-hours forecast
 * @param epochs passes over the samples (neural models)
 * @param learningRate Adam learning rate (neural models)
 * @param hidden hidden units (neural models)
 * @param batchSize mini-batch size (neural models)
 * @param ridge L2 penalty of the linear and day-ahead models, per sample; 0 = choose on held-out data (day-ahead)
 * @param stride half-hours between consecutive training origins
 * @param seed the seed of every random choice
 */
public record TrainingSpec(
        String family,
        int lookback,
        int horizon,
        int epochs,
        double learningRate,
        int hidden,
        int batchSize,
        double ridge,
        int stride,
        long seed) {

    public TrainingSpec {
        if (lookback < 1 || horizon < 1 || epochs < 0 || hidden < 1 || batchSize < 1 || stride < 1) {
            throw new IllegalArgumentException("lookback, horizon, hidden, batchSize and stride must be positive");
        }
    }

    public static TrainingSpec defaults(String family) {
        return switch (family) {
            case ModelFamilies.LSTM, ModelFamilies.GRU -> new TrainingSpec(family, 96, 96, 10, 0.003, 32, 64, 0, 4, 42);
            // ridge 0: chosen on the last year of the training data; origins every 3 hours
            case ModelFamilies.DAY_AHEAD -> new TrainingSpec(family, 720, 96, 0, 0, 1, 1, 0, 6, 42);
            // ridge 0: chosen on the last quarter of each series
            case ModelFamilies.RLINEAR -> new TrainingSpec(family, 336, 96, 0, 0, 1, 1, 0, 1, 42);
            // members at look-backs 336, 512, 720; ridge 0: chosen per member as rlinear does
            case ModelFamilies.RLINEAR_ENSEMBLE -> new TrainingSpec(family, 720, 96, 0, 0, 1, 1, 0, 1, 42);
            // each candidate uses its own defaults; the look-back is the longest of theirs (day-ahead's)
            case ModelFamilies.AUTO -> new TrainingSpec(family, 720, 96, 0, 0, 1, 1, 0, 1, 42);
            default -> new TrainingSpec(family, 336, 96, 0, 0, 1, 1, 1e-3, 1, 42);
        };
    }

    public TrainingSpec withFamily(String newFamily) {
        return new TrainingSpec(
                newFamily, lookback, horizon, epochs, learningRate, hidden, batchSize, ridge, stride, seed);
    }

    public TrainingSpec withHorizon(int newHorizon) {
        return new TrainingSpec(
                family, lookback, newHorizon, epochs, learningRate, hidden, batchSize, ridge, stride, seed);
    }

    public TrainingSpec withLookback(int newLookback) {
        return new TrainingSpec(
                family, newLookback, horizon, epochs, learningRate, hidden, batchSize, ridge, stride, seed);
    }

    public TrainingSpec withRidge(double newRidge) {
        return new TrainingSpec(
                family, lookback, horizon, epochs, learningRate, hidden, batchSize, newRidge, stride, seed);
    }

    public Map<String, String> asParams() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("family", family);
        params.put("lookback", Integer.toString(lookback));
        params.put("horizon", Integer.toString(horizon));
        params.put("epochs", Integer.toString(epochs));
        params.put("learning_rate", Double.toString(learningRate));
        params.put("hidden", Integer.toString(hidden));
        params.put("batch_size", Integer.toString(batchSize));
        params.put("ridge", Double.toString(ridge));
        params.put("stride", Integer.toString(stride));
        params.put("seed", Long.toString(seed));
        return params;
    }
}
