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
     * The current readings of the range with the instant each revised value was stored (a source that keeps no
     * revisions has none).
     */
    default SeriesRead readingsWithRevisions(String seriesId, Instant from, Instant to) {
        return new SeriesRead(readings(seriesId, from, to), java.util.Map.of());
    }

    /**
     * The readings of the range as they were known at {@code knownAt}: a value revised after it is read as it was
     * before the revision; a reading first stored after it keeps its first value (ingest's {@code late=include}).
     */
    default HalfHourlySeries readingsKnownAt(String seriesId, Instant from, Instant to, Instant knownAt) {
        throw new UnsupportedOperationException("this source keeps no revisions");
    }

    /**
     * Freezes {@code from <= timestamp < to} of the series as a dataset snapshot in ingest-service (what was stored
     * then, never changed after) and returns its id, so a run on a range trains on a snapshot lineage can name.
     */
    String freeze(List<String> seriesIds, Instant from, Instant to);

    /** The frozen content of a dataset snapshot. */
    Dataset dataset(String datasetId);
}
