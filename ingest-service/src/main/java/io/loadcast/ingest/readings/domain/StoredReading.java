package io.loadcast.ingest.readings.domain;

import java.time.Instant;

/**
 * A reading as stored, with its revision (0 for the first value at its series and instant).
 *
 * @param seriesId series id
 * @param timestamp measurement instant
 * @param value value
 * @param unit unit of the series
 * @param source producer
 * @param revision revision number
 */
public record StoredReading(
        String seriesId, Instant timestamp, double value, String unit, String source, int revision) {}
