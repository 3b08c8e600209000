package io.loadcast.ingest.readings.domain;

import java.time.Instant;

/**
 * A reading as offered to ingest-service, before validation.
 *
 * @param seriesId stable series id
 * @param timestamp when the value was measured (UTC)
 * @param value the value in {@code unit}
 * @param unit e.g. {@code MW}
 * @param source the device or importer that produced it
 */
public record ReadingInput(String seriesId, Instant timestamp, double value, String unit, String source) {}
