package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.features.WeatherDays;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/**
 * A weather-aware model bound to one weather record (the stored actuals), so code that only knows {@link
 * ForecastModel} (the rolling-origin backtest) scores it with its correction. Saving it saves the model.
 */
record WeatherBoundModel(WeatherAwareModel model, WeatherDays weather) implements ForecastModel {

    @Override
    public Provenance provenance() {
        return model.provenance();
    }

    @Override
    public double[] predict(double[] history, Instant origin, int horizon) {
        return model.predict(history, origin, horizon, weather).values();
    }

    @Override
    public void writeParameters(OutputStream out) throws IOException {
        model.writeParameters(out);
    }
}
