package io.loadcast.forecast.core.features;

/**
 * A look-back window ending just before a forecast origin, normalised by its own mean level (instance
 * normalisation as in RevIN, Kim et al., ICLR 2022) so one model serves series of any scale.
 *
 * @param normalised {@code value / level - 1} for each look-back period, oldest first
 * @param level the mean of the window (never zero)
 */
public record Window(double[] normalised, double level) {

    /** The window of {@code lookback} values of {@code values} that end just before {@code origin} (exclusive). */
    public static Window before(double[] values, int origin, int lookback) {
        if (origin < lookback || origin > values.length) {
            throw new IllegalArgumentException("need " + lookback + " values before index " + origin);
        }
        double sum = 0;
        for (int i = origin - lookback; i < origin; i++) {
            sum += values[i];
        }
        double level = sum / lookback;
        if (Math.abs(level) < 1e-9) {
            level = 1;
        }
        double[] out = new double[lookback];
        for (int i = 0; i < lookback; i++) {
            out[i] = values[origin - lookback + i] / level - 1;
        }
        return new Window(out, level);
    }

    public double denormalise(double normalisedValue) {
        return (normalisedValue + 1) * level;
    }

    public double normalise(double value) {
        return value / level - 1;
    }
}
