package io.loadcast.ingest.readings.store;

import java.time.Instant;

/**
 * One reading ready for the store.
 *
 * @param seriesKey the series' storage key
 * @param timestamp measurement instant
 * @param value value (finite)
 * @param source producer
 */
public record StagedRow(int seriesKey, Instant timestamp, double value, String source) {}
