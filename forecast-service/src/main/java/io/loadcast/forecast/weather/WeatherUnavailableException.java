package io.loadcast.forecast.weather;

import org.jspecify.annotations.Nullable;

/** ingest-service's weather API could not be read; the model then forecasts without its weather correction. */
public class WeatherUnavailableException extends RuntimeException {

    public WeatherUnavailableException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
