package io.loadcast.ingest.readings.web;

import java.util.List;

/**
 * What happened to a batch.
 *
 * @param received rows in the request
 * @param stored rows accepted and stored
 * @param inserted of those, new readings
 * @param revised of those, changed values kept as a new revision
 * @param unchanged of those, identical to the stored reading (duplicates)
 * @param rejected refused rows with the reason
 */
record ReadingBatchResponse(
        int received, int stored, long inserted, long revised, long unchanged, List<RowError> rejected) {}
