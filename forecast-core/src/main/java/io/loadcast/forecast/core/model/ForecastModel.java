package io.loadcast.forecast.core.model;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/** A trained model: forecasts {@code horizon} half-hours from an origin using only the history before it. */
public interface ForecastModel {

    Provenance provenance();

    /** How many half-hours of history it needs before the origin. */
    default int lookback() {
        return provenance().spec().lookback();
    }

    /** The longest horizon it was trained for. */
    default int maxHorizon() {
        return provenance().spec().horizon();
    }

    /**
     * @param history gap-free values of the periods before {@code origin}, oldest first; at least {@link #lookback()}
     * @param origin the start of the first period forecast
     * @param horizon how many periods to forecast, at most {@link #maxHorizon()}
     */
    double[] predict(double[] history, Instant origin, int horizon);

    /** Writes the family-specific parameters, read back by {@link ModelCodec}. */
    void writeParameters(OutputStream out) throws IOException;
}
