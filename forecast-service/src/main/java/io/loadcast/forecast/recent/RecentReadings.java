package io.loadcast.forecast.recent;

import io.loadcast.contracts.Reading;
import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.series.SeriesRead;
import io.loadcast.forecast.series.SeriesSource;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Recent readings per series, so a forecast reads its history from memory instead of ingest-service. A series'
 * window is seeded from ingest-service on first use (the last {@code capacity} half-hours up to now) and kept up
 * to date by validated readings from {@code grid.readings.v1}; a window nothing refreshed for {@code max-age} is
 * seeded again (the topic may be down). A range the window does not fully cover (an older as-of origin, a series
 * never asked for) is not answered here, so the caller reads it from ingest-service: the answer is the same
 * either way, readings with {@code from <= timestamp < to} only, which keeps as-of forecasts as-of.
 */
@Service
public class RecentReadings {

    private static final Logger log = LoggerFactory.getLogger(RecentReadings.class);

    private final Map<String, SeriesWindow> windows = new ConcurrentHashMap<>();
    private final SeriesSource source;
    private final HistoryBlocks history;
    private final Clock clock;
    private final int capacity;
    private final long maxAgeMillis;

    RecentReadings(SeriesSource source, HistoryBlocks history, Clock clock, ForecastProperties properties) {
        this.source = source;
        this.history = history;
        this.clock = clock;
        this.capacity = properties.recent().capacity();
        this.maxAgeMillis = properties.recent().maxAge().toMillis();
    }

    /**
     * A validated reading from the topic; only series already served have a window (or history blocks) to update.
     */
    public void record(Reading reading) {
        history.record(reading);
        Instant timestamp = reading.timestamp();
        SeriesWindow window = windows.get(reading.seriesId());
        if (window != null && Double.isFinite(reading.value()) && timestamp.getEpochSecond() % 1800 == 0) {
            window.put(
                    SeriesWindow.slot(timestamp),
                    reading.value(),
                    reading.revision(),
                    reading.occurredAt(),
                    clock.millis());
        }
    }

    /**
     * Readings with {@code from <= timestamp < to} on the half-hour grid (from the first to the last reading, gaps
     * NaN), when the window covers that range; empty when the caller must ask ingest-service. With {@code knownAt}
     * (an as-of forecast's origin), a range with a value revised after it is read from ingest-service as known then
     * (the window keeps only the current values).
     *
     * @throws io.loadcast.forecast.series.UnknownSeriesException when seeding finds no such series
     */
    public Optional<HalfHourlySeries> readings(String seriesId, Instant from, Instant to, @Nullable Instant knownAt) {
        long now = clock.millis();
        long end = SeriesWindow.slot(Instant.ofEpochMilli(now)) + 1;
        long first = SeriesWindow.slotAtOrAfter(from);
        long last = SeriesWindow.slotAtOrAfter(to);
        if (first < end - capacity || last > end + 1) {
            return Optional.empty();
        }
        SeriesWindow window = windows.computeIfAbsent(seriesId, id -> new SeriesWindow(capacity, end));
        if (!window.fresh(now, maxAgeMillis)) {
            seed(seriesId, window, end, now);
        }
        long known = knownAt == null ? Long.MAX_VALUE : RevisionMarks.micros(knownAt);
        if (!window.covers(first)) {
            return Optional.empty();
        }
        HalfHourlySeries slice = window.slice(seriesId, first, last, known);
        // a value of the range was revised after knownAt: the values known then come from ingest-service
        return Optional.of(
                slice != null ? slice : history.knownAt(seriesId, from, to, Objects.requireNonNull(knownAt)));
    }

    private void seed(String seriesId, SeriesWindow window, long end, long now) {
        window.seedingLock().lock();
        try {
            if (window.fresh(now, maxAgeMillis)) {
                return;
            }
            long from = end - capacity;
            SeriesRead fetched =
                    source.readingsWithRevisions(seriesId, SeriesWindow.timeOf(from), SeriesWindow.timeOf(end));
            window.seed(fetched, from, end, now);
            log.debug(
                    "seeded the recent window of {} with {} half-hours",
                    seriesId,
                    fetched.values().size());
        } catch (RuntimeException e) {
            windows.remove(seriesId, window);
            throw e;
        } finally {
            window.seedingLock().unlock();
        }
    }
}
