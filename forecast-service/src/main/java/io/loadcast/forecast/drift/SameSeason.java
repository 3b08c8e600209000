package io.loadcast.forecast.drift;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.series.SeriesSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The readings of a live window's weeks a year earlier (52 weeks, so weekdays align), the input-drift reference.
 * Evaluations run on the readings consumer every day of readings per series: each series' year-ago readings are read
 * from ingest-service once for the window and the week after it (an empty answer is remembered as well), so the
 * consumer makes about one such call per series per week instead of one per evaluation.
 */
final class SameSeason {

    static final Duration SEASON = Duration.ofDays(364);
    private static final Duration AHEAD = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(SameSeason.class);

    private final SeriesSource source;
    private final Map<String, Span> spans = new ConcurrentHashMap<>();

    /** Year-ago readings read for {@code [from, to)}; empty when ingest had none or could not answer. */
    private record Span(Instant from, Instant to, HalfHourlySeries readings) {

        boolean covers(Instant start, Instant end) {
            return !start.isBefore(from) && !end.isAfter(to);
        }
    }

    SameSeason(SeriesSource source) {
        this.source = source;
    }

    /** The finite year-ago values of the window {@code [first, end)}, when at least half of them exist. */
    Optional<double[]> of(String seriesId, Instant first, Instant end, int liveSize) {
        Instant from = first.minus(SEASON);
        Instant to = end.minus(SEASON);
        Span span = spans.get(seriesId);
        if (span == null || !span.covers(from, to)) {
            span = new Span(from, to.plus(AHEAD), read(seriesId, from, to.plus(AHEAD)));
            spans.put(seriesId, span);
        }
        HalfHourlySeries readings = span.readings();
        int start = (int) Math.max(0, Math.min(readings.size(), readings.indexOf(from)));
        int stop = (int) Math.max(start, Math.min(readings.size(), readings.indexOf(to)));
        double[] values = Arrays.stream(Arrays.copyOfRange(readings.values(), start, stop))
                .filter(Double::isFinite)
                .toArray();
        return values.length >= liveSize / 2 && values.length >= 2 ? Optional.of(values) : Optional.empty();
    }

    private HalfHourlySeries read(String seriesId, Instant from, Instant to) {
        try {
            return source.readings(seriesId, from, to);
        } catch (RuntimeException e) {
            log.debug("no same-season reference for {}: {}", seriesId, e.getMessage());
            return new HalfHourlySeries(seriesId, from, new double[0]);
        }
    }
}
