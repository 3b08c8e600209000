package io.loadcast.ingest.readings.domain;

import java.time.Instant;

/** Receives one resampled bucket: its start, mean, min, max and the number of readings in it. */
@FunctionalInterface
public interface BucketSink {
    void accept(Instant bucket, double mean, double min, double max, long count);
}
