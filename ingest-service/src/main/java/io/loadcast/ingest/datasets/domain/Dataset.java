package io.loadcast.ingest.datasets.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A frozen dataset: what a model's lineage points to.
 *
 * @param id dataset id
 * @param createdAt when it was frozen
 * @param seriesIds its series, sorted
 * @param from start of the range (inclusive)
 * @param to end of the range (exclusive)
 * @param sha256 sha256 of its canonical content
 * @param rowCount readings in it
 * @param series per-series counts and quality
 */
public record Dataset(
        UUID id,
        Instant createdAt,
        List<String> seriesIds,
        Instant from,
        Instant to,
        String sha256,
        long rowCount,
        List<SeriesSummary> series) {}
