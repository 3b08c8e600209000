package io.loadcast.ingest.readings.web;

import java.time.Instant;

/**
 * One resampled interval.
 *
 * @param timestamp start of the interval (UTC)
 * @param mean mean of the readings in it
 * @param min smallest reading
 * @param max largest reading
 * @param count number of readings
 */
record Bucket(Instant timestamp, double mean, double min, double max, long count) {}
