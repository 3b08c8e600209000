package io.loadcast.ingest.readings;

import io.loadcast.ingest.readings.domain.BucketSink;
import io.loadcast.ingest.readings.domain.ReadingSink;
import io.loadcast.ingest.readings.domain.Series;
import io.loadcast.ingest.readings.store.ReadingReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

    ReadingQueries(ReadingReader reader) {
        this.reader = reader;
    }

    /** Readings of the series with {@code from <= timestamp < to}, ordered by series id then time. */
    public void readings(List<String> seriesIds, Instant from, Instant to, ReadingSink sink) {
        reader.forEach(seriesIds, from, to, sink);
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
