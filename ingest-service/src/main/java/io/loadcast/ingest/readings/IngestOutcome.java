package io.loadcast.ingest.readings;

import io.loadcast.ingest.readings.domain.Rejection;
import io.loadcast.ingest.readings.domain.StoredReading;
import io.loadcast.ingest.readings.domain.WriteSummary;
import java.util.List;
import java.util.SortedMap;

/**
 * The result of ingesting a batch.
 *
 * @param stored the accepted readings with their stored revision, in input order
 * @param rejected refused inputs by their index in the batch
 * @param summary what the write did to the store
 */
public record IngestOutcome(List<StoredReading> stored, SortedMap<Integer, Rejection> rejected, WriteSummary summary) {}
