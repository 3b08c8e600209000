/** The client of ingest-service's weather API. */
@NullMarked
package io.loadcast.forecast.weather.client;

import org.jspecify.annotations.NullMarked;
