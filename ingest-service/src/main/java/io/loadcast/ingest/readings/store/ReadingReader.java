package io.loadcast.ingest.readings.store;

import io.loadcast.ingest.readings.domain.BucketSink;
import io.loadcast.ingest.readings.domain.ReadingSink;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads readings in time order; results are streamed to a callback, never held in memory. */
@Repository
public class ReadingReader {

    private final JdbcTemplate jdbc;

    ReadingReader(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        // PostgreSQL streams a result set only inside a transaction and with a fetch size
        this.jdbc.setFetchSize(5_000);
    }

    /** Readings of the series with {@code from <= ts < to}, ordered by series id then time. */
    @Transactional(readOnly = true)
    public void forEach(List<String> seriesIds, Instant from, Instant to, ReadingSink sink) {
        jdbc.query(
                "select s.id, r.ts, r.value, r.revision from readings r join series s on s.key = r.series_key"
                        + " where s.id = any (?) and r.ts >= ? and r.ts < ? order by s.id, r.ts",
                rs -> {
                    sink.accept(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getDouble(3), rs.getInt(4));
                },
                seriesIds.toArray(String[]::new),
                utc(from),
                utc(to));
    }

    /**
     * Buckets of one series: {@code field} is {@code hour} or {@code day}; days are local days of {@code timeZone} (a
     * GB settlement day has 46, 48 or 50 half-hours), hours are UTC hours.
     */
    @Transactional(readOnly = true)
    public void resample(int seriesKey, Instant from, Instant to, String field, String timeZone, BucketSink sink) {
        jdbc.query(
                "select date_trunc(?, ts, ?) as bucket, avg(value), min(value), max(value), count(*) from readings"
                        + " where series_key = ? and ts >= ? and ts < ? group by 1 order by 1",
                rs -> {
                    sink.accept(
                            rs.getTimestamp(1).toInstant(),
                            rs.getDouble(2),
                            rs.getDouble(3),
                            rs.getDouble(4),
                            rs.getLong(5));
                },
                field,
                timeZone,
                seriesKey,
                utc(from),
                utc(to));
    }

    /** Counts readings of a series, for tests and reports. */
    public @Nullable Instant latest(int seriesKey) {
        OffsetDateTime latest = jdbc.queryForObject(
                "select max(ts) from readings where series_key = ?", OffsetDateTime.class, seriesKey);
        return latest == null ? null : latest.toInstant();
    }

    public long count(int seriesKey, Instant from, Instant to) {
        Long count = jdbc.queryForObject(
                "select count(*) from readings where series_key = ? and ts >= ? and ts < ?",
                Long.class,
                seriesKey,
                utc(from),
                utc(to));
        return count == null ? 0 : count;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
