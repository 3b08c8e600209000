package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.CalendarFeatures;
import io.loadcast.forecast.core.features.Window;
import java.time.Instant;
import java.util.function.Function;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inputs of the format-1 recurrent models ({@link LstmModel}, {@link GruModel}; still loaded and served) in DL4J's
 * [batch, features, time] layout: per look-back period the instance-normalised value and its
 * {@link CalendarFeatures}. Every input period lies strictly before its origin. New models use {@link DirectInputs}.
 */
final class SequenceSamples {

    static final int FEATURES = 1 + CalendarFeatures.COUNT;

    private SequenceSamples() {}

    static INDArray input(Window window, Instant firstPeriod, int lookback) {
        float[] x = new float[FEATURES * lookback];
        fill(x, 0, window, firstPeriod, lookback, new double[CalendarFeatures.COUNT]);
        return Nd4j.create(x, new long[] {1, FEATURES, lookback}, 'c');
    }

    private static void fill(float[] x, int b, Window window, Instant firstPeriod, int lookback, double[] cal) {
        int base = b * FEATURES * lookback;
        for (int t = 0; t < lookback; t++) {
            x[base + t] = (float) window.normalised()[t];
            CalendarFeatures.write(firstPeriod.plus(HalfHourlySeries.STEP.multipliedBy(t)), cal, 0);
            for (int f = 0; f < CalendarFeatures.COUNT; f++) {
                x[base + (f + 1) * lookback + t] = (float) cal[f];
            }
        }
    }

    /**
     * Runs a sequence network on the look-back window before {@code origin} and denormalises its first
     * {@code horizon} outputs: what the LSTM and the GRU share.
     */
    static double[] predict(
            double[] history, Instant origin, int lookback, int horizon, Function<INDArray, INDArray> network) {
        Window window = Window.before(history, history.length, lookback);
        INDArray output =
                network.apply(input(window, origin.minus(HalfHourlySeries.STEP.multipliedBy(lookback)), lookback));
        double[] out = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            out[h] = window.denormalise(output.getDouble(0, h));
        }
        return out;
    }
}
