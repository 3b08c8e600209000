package io.loadcast.ingest.readings.domain;

import java.time.Instant;

/** Receives stored readings one at a time, each with the instant its value was stored (became known). */
@FunctionalInterface
public interface KnownReadingSink {
    void accept(Instant timestamp, double value, int revision, Instant storedAt);
}
