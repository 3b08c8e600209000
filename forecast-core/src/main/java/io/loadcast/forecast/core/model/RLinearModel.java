package io.loadcast.forecast.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;

/**
 * RLinear (Li et al., "Revisiting Long-term Time Series Forecasting: An Investigation on Linear Mapping", 2023):
 * the look-back window is instance-normalised by its own mean and standard deviation (RevIN, Kim et al., ICLR
 * 2022), mapped to all horizon steps by one linear layer shared across series (channel independence), and
 * de-normalised. No calendar features, so it suits any sampling interval. {@code weights[i][h]}: input {@code i}
 * (look-back values oldest first, then the bias) to step {@code h}.
 */
public record RLinearModel(Provenance provenance, double[][] weights) implements ForecastModel {

    /** A window's instance normalisation (RevIN): {@code (value - mean) / sd}. */
    record Scale(double mean, double sd) {

        double normalise(double value) {
            return (value - mean) / sd;
        }

        double denormalise(double normalised) {
            return normalised * sd + mean;
        }
    }

    /** Writes the normalised window ending before {@code origin} into {@code x} (bias last); returns its scale. */
    static Scale normalise(double[] values, int origin, int lookback, double[] x) {
        double mean = 0;
        for (int i = origin - lookback; i < origin; i++) {
            mean += values[i];
        }
        mean /= lookback;
        double square = 0;
        for (int i = origin - lookback; i < origin; i++) {
            square += (values[i] - mean) * (values[i] - mean);
        }
        double sd = Math.sqrt(square / lookback + 1e-5);
        for (int i = 0; i < lookback; i++) {
            x[i] = (values[origin - lookback + i] - mean) / sd;
        }
        x[lookback] = 1;
        return new Scale(mean, sd);
    }

    @Override
    public double[] predict(double[] history, Instant origin, int horizon) {
        int lookback = lookback();
        if (history.length < lookback) {
            throw new IllegalArgumentException("need " + lookback + " values before the origin");
        }
        double[] x = new double[lookback + 1];
        Scale scale = normalise(history, history.length, lookback, x);
        // row by row (weights[i] is contiguous): each step's sum still adds its terms in input order, so the result
        // is the same to the bit as summing step by step, without striding across the rows per term
        double[] out = new double[horizon];
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            double[] w = weights[i];
            for (int h = 0; h < horizon; h++) {
                out[h] += w[h] * xi;
            }
        }
        for (int h = 0; h < horizon; h++) {
            out[h] = scale.denormalise(out[h]);
        }
        return out;
    }

    @Override
    public void writeParameters(OutputStream out) throws IOException {
        WeightMatrix.write(weights, out);
    }

    static RLinearModel read(Provenance provenance, InputStream in) throws IOException {
        double[][] weights = WeightMatrix.read(in);
        int inputs = weights.length;
        int steps = weights[0].length;
        if (inputs != provenance.spec().lookback() + 1
                || steps != provenance.spec().horizon()) {
            throw new UnreadableModelException(
                    "rlinear weights are " + inputs + " x " + steps + ", provenance says look-back "
                            + provenance.spec().lookback() + ", horizon "
                            + provenance.spec().horizon(),
                    null);
        }
        return new RLinearModel(provenance, weights);
    }
}
