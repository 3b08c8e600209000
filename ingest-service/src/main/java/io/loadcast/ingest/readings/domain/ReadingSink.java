package io.loadcast.ingest.readings.domain;

import java.time.Instant;

/** Receives stored readings one at a time, so a year of half-hours is never held in memory. */
@FunctionalInterface
public interface ReadingSink {
    void accept(String seriesId, Instant timestamp, double value, int revision);
}
