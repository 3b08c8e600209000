package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.CalendarFeatures;
import io.loadcast.forecast.core.features.Window;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;

/**
 * A direct multi-step linear forecaster in the spirit of DLinear (Zeng et al., "Are Transformers Effective for
 * Time Series Forecasting?", AAAI 2023): step {@code h} is a linear map of the instance-normalised look-back
 * window plus the calendar features of the period forecast. DLinear's trend/remainder split is itself linear,
 * so the fitted map contains it. {@code weights[h]} = look-back weights, calendar weights, bias.
 */
public record LinearModel(Provenance provenance, double[][] weights) implements ForecastModel {

    static int width(int lookback) {
        return lookback + CalendarFeatures.COUNT + 1;
    }

    static void features(Window window, Instant target, double[] row) {
        int lookback = window.normalised().length;
        System.arraycopy(window.normalised(), 0, row, 0, lookback);
        CalendarFeatures.write(target, row, lookback);
        row[row.length - 1] = 1;
    }

    /**
     * Each step's sum adds its terms in the order of {@link #features} (window, calendar, bias), so the result is the
     * same to the bit as a dot product with the feature row, without copying the window into a row per step.
     */
    @Override
    public double[] predict(double[] history, Instant origin, int horizon) {
        int lookback = lookback();
        Window window = Window.before(history, history.length, lookback);
        double[] x = window.normalised();
        double[] calendar = new double[CalendarFeatures.COUNT];
        double[] out = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            // plusSeconds, not Duration.multipliedBy (BigInteger per call): predict runs per served forecast
            CalendarFeatures.write(origin.plusSeconds(HalfHourlySeries.STEP.getSeconds() * h), calendar, 0);
            double[] w = weights[h];
            double sum = 0;
            for (int i = 0; i < lookback; i++) {
                sum += w[i] * x[i];
            }
            for (int c = 0; c < calendar.length; c++) {
                sum += w[lookback + c] * calendar[c];
            }
            sum += w[lookback + calendar.length] * 1.0;
            out[h] = window.denormalise(sum);
        }
        return out;
    }

    @Override
    public void writeParameters(OutputStream out) throws IOException {
        WeightMatrix.write(weights, out);
    }

    static LinearModel read(Provenance provenance, InputStream in) throws IOException {
        return new LinearModel(provenance, WeightMatrix.read(in));
    }
}
