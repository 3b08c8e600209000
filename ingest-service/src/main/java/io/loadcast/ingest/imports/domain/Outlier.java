package io.loadcast.ingest.imports.domain;

import java.time.Instant;

/**
 * A value far from the rest of its series.
 *
 * @param seriesId series
 * @param timestamp instant
 * @param value value
 * @param robustZ its robust z-score
 */
public record Outlier(String seriesId, Instant timestamp, double value, double robustZ) {}
