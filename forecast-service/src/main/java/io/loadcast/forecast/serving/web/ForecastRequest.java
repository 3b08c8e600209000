package io.loadcast.forecast.serving.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A forecast request.
 *
 * @param seriesId the series
 * @param origin optional as-of origin: only readings strictly before it are used
 * @param horizon half-hours to forecast, 1..96 (default 48)
 * @param modelVersion optional pinned version instead of the champion
 */
record ForecastRequest(
        @NotBlank String seriesId,
        @Nullable Instant origin,
        @Nullable @Min(1) @Max(96) Integer horizon,
        @Nullable String modelVersion) {

    int horizonOrDefault() {
        return horizon == null ? 48 : horizon;
    }
}
