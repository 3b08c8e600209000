package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.AsOfHistory;
import io.loadcast.forecast.core.features.DayAheadFeatures;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.features.WeatherFeatures;
import io.loadcast.forecast.core.features.WindFeatures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The day-ahead regression: one ridge regression per {@link DayAheadFeatures#head head} (local half-hour x day
 * class x whether yesterday's same period is known) on the {@link DayAheadFeatures} of the target period. This is
 * the classic "one model per hour and day type" structure of short-term load forecasting (Hong, Wang &amp; Willis,
 * "A naive multiple linear regression benchmark for short term load forecasting", 2011), with lags that only
 * reach before the origin. {@code weights[head]} holds the {@link DayAheadFeatures#COUNT} weights of a head.
 * With a {@link WeatherCorrection} (saved as format {@link Provenance#WEATHER_FORMAT}) each step's forecast is
 * corrected by the weather known at the origin when it is given; {@link #predict(double[], Instant, int)} never
 * corrects. With a wind stage too (format {@link Provenance#DAY_AHEAD_WIND_FORMAT}), a corrected step is corrected
 * again by {@link WindFeatures} when the target and lag days have wind; without wind it is the format-2 forecast.
 */
public record DayAheadModel(
        Provenance provenance,
        double[][] weights,
        @Nullable WeatherCorrection weather,
        @Nullable WeatherCorrection wind)
        implements WeatherAwareModel {

    public DayAheadModel(Provenance provenance, double[][] weights) {
        this(provenance, weights, null, null);
    }

    public DayAheadModel(Provenance provenance, double[][] weights, @Nullable WeatherCorrection weather) {
        this(provenance, weights, weather, null);
    }

    @Override
    public boolean usesWeather() {
        return weather != null;
    }

    @Override
    public WeatherForecast predict(double[] history, Instant origin, int horizon, WeatherDays days) {
        double[] out = predict(history, origin, horizon);
        WeatherCorrection correction = weather;
        WeatherCorrection windStage = wind;
        if (correction == null) {
            return new WeatherForecast(out, WeatherUse.NOT_USED);
        }
        int corrected = 0;
        for (int h = 0; h < horizon; h++) {
            Instant target = origin.plusSeconds(HalfHourlySeries.STEP.getSeconds() * h);
            double[] x = WeatherFeatures.of(target, origin, days);
            if (x != null) {
                out[h] = correction.apply(target, x, out[h]);
                corrected++;
                double[] w = windStage == null ? null : WindFeatures.of(target, origin, days);
                if (windStage != null && w != null) {
                    out[h] = windStage.apply(target, w, out[h]);
                }
            }
        }
        return new WeatherForecast(out, WeatherForecast.use(corrected, horizon));
    }

    @Override
    public double[] predict(double[] history, Instant origin, int horizon) {
        AsOfHistory asOf = new AsOfHistory(history, history.length, origin);
        return predict(asOf, horizon);
    }

    double[] predict(AsOfHistory history, int horizon) {
        double level = DayAheadFeatures.level(history);
        DayAheadFeatures.OriginTerms terms = DayAheadFeatures.OriginTerms.of(history);
        double[] row = new double[DayAheadFeatures.COUNT];
        double[] out = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            // plusSeconds, not Duration.multipliedBy (BigInteger per call): predict runs per served forecast
            DayAheadFeatures.Target target = DayAheadFeatures.Target.of(
                    history.originTime().plusSeconds(HalfHourlySeries.STEP.getSeconds() * h), history.originTime());
            DayAheadFeatures.write(history, level, terms, target, row);
            double[] w = weights[DayAheadFeatures.head(target)];
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
        if (weather != null) {
            weather.write(out);
        }
        if (wind != null) {
            wind.write(out);
        }
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
        WeatherCorrection correction =
                provenance.formatVersion() >= Provenance.WEATHER_FORMAT ? WeatherCorrection.read(in) : null;
        WeatherCorrection wind = provenance.formatVersion() >= Provenance.DAY_AHEAD_WIND_FORMAT
                ? WeatherCorrection.read(in, WindFeatures.COUNT)
                : null;
        return new DayAheadModel(provenance, weights, correction, wind);
    }
}
