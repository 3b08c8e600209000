package io.loadcast.forecast.core.model;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Forecasts for many origins, without weather: row {@code i} is what {@link #predict(double[], Instant, int)}
     * gives for {@code histories[i]} at {@code origins[i]}. This default asks for them one by one; the direct nets
     * run them in one forward pass (to float rounding), which is what makes scoring hundreds of origins affordable.
     */
    default List<double[]> predictAll(List<double[]> histories, List<Instant> origins, int horizon) {
        if (histories.size() != origins.size()) {
            throw new IllegalArgumentException(histories.size() + " histories for " + origins.size() + " origins");
        }
        List<double[]> out = new ArrayList<>(histories.size());
        for (int i = 0; i < histories.size(); i++) {
            out.add(predict(histories.get(i), origins.get(i), horizon));
        }
        return out;
    }

    /** Writes the family-specific parameters, read back by {@link ModelCodec}. */
    void writeParameters(OutputStream out) throws IOException;
}
