package io.loadcast.ingest.readings.web;

import java.util.List;

/**
 * Readings of a series resampled to hours (UTC) or days (the series' settlement days).
 *
 * @param seriesId series id
 * @param unit unit of the values
 * @param interval {@code hour} or {@code day}
 * @param buckets the intervals in time order
 */
record ResampledReadings(String seriesId, String unit, String interval, List<Bucket> buckets) {}
