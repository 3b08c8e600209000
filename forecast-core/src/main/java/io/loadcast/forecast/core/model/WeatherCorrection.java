package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.features.WeatherFeatures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;

/**
 * The weather correction of a day-ahead forecast: per local half-hour of day, a ridge regression (penalty {@link
 * #RIDGE}, no intercept) of the base model's relative error ({@code actual / forecast - 1}) on the {@link
 * WeatherFeatures}. Fitted on the base model's own 09:00 D-1 forecasts of the training days that have weather; the
 * features and the penalty were fixed in the weather benchmark before any scoring (see forecast-service's README).
 *
 * The same form, on the {@code WindFeatures} of the days that also have wind, is the second (wind) stage of a format-3
 * model, fitted on the first stage's corrected forecasts.
 *
 * @param weights {@code [halfHour][feature]}, 48 x {@link WeatherFeatures#COUNT} (or the wind stage's count)
 */
public record WeatherCorrection(double[][] weights) {

    static final double RIDGE = 1.0;
    static final int HALF_HOURS = 48;

    /** The corrected forecast of the period starting at {@code target}. */
    public double apply(Instant target, double[] features, double forecast) {
        double[] w = weights[WeatherFeatures.halfHour(target)];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            sum += w[i] * features[i];
        }
        return forecast * (1 + sum);
    }

    void write(OutputStream out) throws IOException {
        WeightMatrix.write(weights, out);
    }

    static WeatherCorrection read(InputStream in) throws IOException {
        return read(in, WeatherFeatures.COUNT);
    }

    static WeatherCorrection read(InputStream in, int features) throws IOException {
        double[][] weights = WeightMatrix.read(in);
        if (weights.length != HALF_HOURS || weights[0].length != features) {
            throw new UnreadableModelException(
                    "weather correction has " + weights.length + " x " + weights[0].length + " weights, expected "
                            + HALF_HOURS + " x " + features,
                    null);
        }
        return new WeatherCorrection(weights);
    }

    /** The normal equations of the 48 half-hour regressions, filled sample by sample. */
    static final class Fit {
        private final RidgeSystem[] systems = new RidgeSystem[HALF_HOURS];
        private final double[] y = new double[1];
        private final int features;
        private long samples;

        Fit() {
            this(WeatherFeatures.COUNT);
        }

        Fit(int features) {
            this.features = features;
            for (int h = 0; h < HALF_HOURS; h++) {
                systems[h] = new RidgeSystem(features, 1);
            }
        }

        void add(Instant target, double[] features, double actual, double forecast) {
            y[0] = actual / forecast - 1;
            systems[WeatherFeatures.halfHour(target)].add(features, y);
            samples++;
        }

        long samples() {
            return samples;
        }

        WeatherCorrection solve() {
            double[][] weights = new double[HALF_HOURS][];
            for (int h = 0; h < HALF_HOURS; h++) {
                // an absolute penalty of RIDGE, as the benchmark fitted it (RidgeSystem scales lambda by samples)
                double[][] w = systems[h].solve(RIDGE / Math.max(1, systems[h].samples()), -1);
                weights[h] = new double[features];
                for (int i = 0; i < features; i++) {
                    weights[h][i] = w[i][0];
                }
            }
            return new WeatherCorrection(weights);
        }
    }
}
