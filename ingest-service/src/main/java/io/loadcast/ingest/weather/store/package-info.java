/** The weather_forecasts and weather_actuals tables. */
@NullMarked
package io.loadcast.ingest.weather.store;

import org.jspecify.annotations.NullMarked;
