package io.loadcast.forecast.core.features;

/**
 * The weather of one local day as the day-ahead correction uses it.
 *
 * @param temperature mean air temperature, degrees Celsius
 * @param cloud mean total cloud cover, percent
 */
public record DailyWeather(double temperature, double cloud) {}
