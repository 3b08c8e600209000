package io.loadcast.forecast.series;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.time.Instant;

/** Where readings come from (ingest-service in production, a test's HTTP stub in tests). */
public interface SeriesSource {

    /**
     * Readings with {@code from <= timestamp < to} on the half-hour grid, gaps as NaN.
     *
     * @throws UnknownSeriesException when the series does not exist
     */
    HalfHourlySeries readings(String seriesId, Instant from, Instant to);

    /** The frozen content of a dataset snapshot. */
    Dataset dataset(String datasetId);
}
