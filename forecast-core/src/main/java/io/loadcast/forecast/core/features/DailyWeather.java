package io.loadcast.forecast.core.features;

import org.jspecify.annotations.Nullable;

/**
 * The weather of one local day as the day-ahead correction uses it.
 *
 * @param temperature mean air temperature, degrees Celsius
 * @param cloud mean total cloud cover, percent
 * @param wind the day's wind when hourly rows gave it (null for daily sources, which have none)
 */
public record DailyWeather(
        double temperature, double cloud, @Nullable DailyWind wind) {

    public DailyWeather(double temperature, double cloud) {
        this(temperature, cloud, null);
    }
}
