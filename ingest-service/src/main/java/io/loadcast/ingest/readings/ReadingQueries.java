package io.loadcast.ingest.readings;

import io.loadcast.ingest.readings.domain.BucketSink;
import io.loadcast.ingest.readings.domain.KnownReadingSink;
import io.loadcast.ingest.readings.domain.LateReadings;
import io.loadcast.ingest.readings.domain.ReadingSink;
import io.loadcast.ingest.readings.domain.Series;
import io.loadcast.ingest.readings.store.KnownReadingReader;
import io.loadcast.ingest.readings.store.ReadingReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Reads stored readings: raw, resampled, or across several series for a dataset. */
@Service
public class ReadingQueries {

    /** Resampling intervals. */
    public enum Interval {
        HOUR("hour"),
        DAY("day");

        private final String sqlField;

        Interval(String sqlField) {
            this.sqlField = sqlField;
        }
    }

    private final ReadingReader reader;
    private final KnownReadingReader known;

    ReadingQueries(ReadingReader reader, KnownReadingReader known) {
        this.reader = reader;
        this.known = known;
    }

    /** Readings of the series with {@code from <= timestamp < to}, ordered by series id then time. */
    public void readings(List<String> seriesIds, Instant from, Instant to, ReadingSink sink) {
        reader.forEach(seriesIds, from, to, sink);
    }

    /**
     * Readings of one series with {@code from <= timestamp < to} in time order, as they were known at {@code knownAt}
     * (null: the current values), each with the instant its value was stored.
     */
    public void readings(
            Series series,
            Instant from,
            Instant to,
            @Nullable Instant knownAt,
            LateReadings late,
            KnownReadingSink sink) {
        known.forEach(series.key(), from, to, knownAt, late, sink);
    }

    /** Buckets of UTC hours, or of local days in the series' settlement time zone. */
    public void resample(Series series, Instant from, Instant to, Interval interval, BucketSink sink) {
        String zone = interval == Interval.DAY ? series.timeZone() : "UTC";
        reader.resample(series.key(), from, to, interval.sqlField, zone, sink);
    }

    /** The instant of the series' newest reading, if it has any. */
    public Optional<Instant> latest(Series series) {
        return Optional.ofNullable(reader.latest(series.key()));
    }

    public long count(Series series, Instant from, Instant to) {
        return reader.count(series.key(), from, to);
    }
}
