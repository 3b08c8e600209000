package io.loadcast.ingest.weather.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored weather row.
 *
 * @param validTime start of the period it describes
 * @param resolution the period's length
 * @param issuedAt when the forecast was issued (known); null for actuals
 * @param values the variables
 */
public record WeatherRow(
        Instant validTime,
        WeatherResolution resolution,
        @Nullable Instant issuedAt,
        WeatherValues values) {}
