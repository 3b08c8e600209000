package io.loadcast.forecast.core.model;

/**
 * A forecast of a weather-aware model.
 *
 * @param values one value per step
 * @param use whether (and for how many steps) the weather correction was applied
 */
public record WeatherForecast(double[] values, WeatherUse use) {

    static WeatherUse use(int corrected, int steps) {
        if (corrected == 0) {
            return WeatherUse.UNAVAILABLE;
        }
        return corrected == steps ? WeatherUse.APPLIED : WeatherUse.PARTIAL;
    }
}
