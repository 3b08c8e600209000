package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.AsOfHistory;
import io.loadcast.forecast.core.features.DayAheadFeatures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;

/**
 * The day-ahead regression: one ridge regression per {@link DayAheadFeatures#head head} (local half-hour x day
 * class x whether yesterday's same period is known) on the {@link DayAheadFeatures} of the target period. This is
 * the classic "one model per hour and day type" structure of short-term load forecasting (Hong, Wang &amp; Willis,
 * "A naive multiple linear regression benchmark for short term load forecasting", 2011), with lags that only
 * reach before the origin. {@code weights[head]} holds the {@link DayAheadFeatures#COUNT} weights of a head.
 */
public record DayAheadModel(Provenance provenance, double[][] weights) implements ForecastModel {

    @Override
    public double[] predict(double[] history, Instant origin, int horizon) {
        AsOfHistory asOf = new AsOfHistory(history, history.length, origin);
        return predict(asOf, horizon);
    }

    double[] predict(AsOfHistory history, int horizon) {
        double level = DayAheadFeatures.level(history);
        double[] row = new double[DayAheadFeatures.COUNT];
        double[] out = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            // plusSeconds, not Duration.multipliedBy (BigInteger per call): predict runs per served forecast
            Instant target = history.originTime().plusSeconds(HalfHourlySeries.STEP.getSeconds() * h);
            DayAheadFeatures.write(history, level, target, row);
            double[] w = weights[DayAheadFeatures.head(history.originTime(), target)];
            double sum = 0;
            for (int i = 0; i < row.length; i++) {
                sum += w[i] * row[i];
            }
            out[h] = (sum + 1) * level;
        }
        return out;
    }

    @Override
    public void writeParameters(OutputStream out) throws IOException {
        WeightMatrix.write(weights, out);
    }

    static DayAheadModel read(Provenance provenance, InputStream in) throws IOException {
        double[][] weights = WeightMatrix.read(in);
        if (weights.length != DayAheadFeatures.HEADS || weights[0].length != DayAheadFeatures.COUNT) {
            throw new UnreadableModelException(
                    "day-ahead model has " + weights.length + " x " + weights[0].length
                            + " weights, this release expects " + DayAheadFeatures.HEADS + " x "
                            + DayAheadFeatures.COUNT,
                    null);
        }
        return new DayAheadModel(provenance, weights);
    }
}
