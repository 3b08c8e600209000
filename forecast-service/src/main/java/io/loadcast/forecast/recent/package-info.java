/**
 * The window of recent readings per series that forecasts are served from: fed by {@code grid.readings.v1},
 * seeded from ingest-service on first use, so a forecast needs no HTTP round trip for its history.
 */
@NullMarked
package io.loadcast.forecast.recent;

import org.jspecify.annotations.NullMarked;
