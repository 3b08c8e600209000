package io.loadcast.ingest.datasets.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * What to freeze.
 *
 * @param seriesIds series to include
 * @param from start (inclusive, UTC)
 * @param to end (exclusive, UTC)
 */
record DatasetRequest(
        @NotEmpty @Size(max = 100) List<@NotNull String> seriesIds,
        @NotNull Instant from,
        @NotNull Instant to) {}
