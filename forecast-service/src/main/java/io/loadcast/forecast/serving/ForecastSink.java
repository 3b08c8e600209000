package io.loadcast.forecast.serving;

/** Where issued forecasts go ({@code grid.forecasts.v1}). */
public interface ForecastSink {

    void publish(Forecast forecast);
}
