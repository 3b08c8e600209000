package io.loadcast.forecast.series;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.time.Instant;
import java.util.Map;

/**
 * The current values of a range (gaps NaN) and, for each reading whose current value is a revision (revision > 0), the
 * instant that revision was stored: what a cache needs to know whether an as-of read may use the current value.
 *
 * @param revisedAt measurement instant -> instant its current (revised) value was stored
 */
public record SeriesRead(HalfHourlySeries values, Map<Instant, Instant> revisedAt) {

    public SeriesRead {
        revisedAt = Map.copyOf(revisedAt);
    }
}
