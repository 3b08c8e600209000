package io.loadcast.ingest.weather.domain;

import org.jspecify.annotations.Nullable;

/**
 * The weather variables stored per hour or day; null where the source does not provide one.
 *
 * @param temperature air temperature 2 m above ground, degrees Celsius
 * @param windSpeed wind speed 10 m above ground, km/h
 * @param cloudCover total cloud cover, percent
 * @param radiation shortwave (global) radiation, W/m2 (mean over the period)
 */
public record WeatherValues(
        @Nullable Double temperature,
        @Nullable Double windSpeed,
        @Nullable Double cloudCover,
        @Nullable Double radiation) {

    /** Whether no variable has a value. */
    public boolean empty() {
        return temperature == null && windSpeed == null && cloudCover == null && radiation == null;
    }
}
