package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.features.WeatherDays;
import java.time.Instant;

/** A model that can correct its forecast with the weather known at the origin. */
public interface WeatherAwareModel extends ForecastModel {

    /** Whether it has a weather correction; without one it forecasts the same whatever weather it is given. */
    boolean usesWeather();

    /**
     * The forecast, corrected where {@code weather} has the days the correction needs (forecast for the target days,
     * actuals before; in backtests actuals throughout), uncorrected elsewhere.
     */
    WeatherForecast predict(double[] history, Instant origin, int horizon, WeatherDays weather);

    /** This model forecasting with {@code weather} on every call: how a backtest scores it ("actuals as forecast"). */
    default ForecastModel withWeather(WeatherDays weather) {
        return new WeatherBoundModel(this, weather);
    }
}
