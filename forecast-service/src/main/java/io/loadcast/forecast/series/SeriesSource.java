package io.loadcast.forecast.series;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.time.Instant;
import java.util.List;

/** Where readings come from (ingest-service in production, a test's HTTP stub in tests). */
public interface SeriesSource {

    /**
     * Readings with {@code from <= timestamp < to} on the half-hour grid, gaps as NaN.
     *
     * @throws UnknownSeriesException when the series does not exist
     */
    HalfHourlySeries readings(String seriesId, Instant from, Instant to);

    /**
     * Freezes {@code from <= timestamp < to} of the series as a dataset snapshot in ingest-service (what was stored
     * then, never changed after) and returns its id, so a run on a range trains on a snapshot lineage can name.
     */
    String freeze(List<String> seriesIds, Instant from, Instant to);

    /** The frozen content of a dataset snapshot. */
    Dataset dataset(String datasetId);
}
