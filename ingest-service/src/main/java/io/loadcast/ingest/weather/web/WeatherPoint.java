package io.loadcast.ingest.weather.web;

import io.loadcast.ingest.weather.domain.WeatherResolution;
import io.loadcast.ingest.weather.domain.WeatherRow;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One hour (or day) of weather as answered; {@code issuedAt} only for forecasts. */
record WeatherPoint(
        Instant validTime,
        WeatherResolution resolution,
        @Nullable Instant issuedAt,
        @Nullable Double temperature,
        @Nullable Double windSpeed,
        @Nullable Double cloudCover,
        @Nullable Double radiation) {

    static WeatherPoint of(WeatherRow row) {
        return new WeatherPoint(
                row.validTime(),
                row.resolution(),
                row.issuedAt(),
                row.values().temperature(),
                row.values().windSpeed(),
                row.values().cloudCover(),
                row.values().radiation());
    }
}
