package io.loadcast.ingest.datasets.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Counts and quality of one series in a dataset.
 *
 * @param seriesId series
 * @param unit unit of its values
 * @param count readings in the dataset
 * @param expected readings the range holds at the series' resolution
 * @param missing {@code expected - count}
 * @param first first instant
 * @param last last instant
 * @param min smallest value
 * @param max largest value
 * @param mean mean value
 */
public record SeriesSummary(
        String seriesId,
        String unit,
        long count,
        long expected,
        long missing,
        @Nullable Instant first,
        @Nullable Instant last,
        double min,
        double max,
        double mean) {}
