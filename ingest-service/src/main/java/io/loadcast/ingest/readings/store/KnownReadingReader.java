package io.loadcast.ingest.readings.store;

import io.loadcast.ingest.readings.domain.KnownReadingSink;
import io.loadcast.ingest.readings.domain.LateReadings;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one series' readings as they were known at an instant (bitemporal): {@code readings.stored_at} is when the
 * current value was stored, each {@code reading_revisions} row holds a superseded value with the time it was stored.
 * The value known at {@code K} is the current one when it was stored at or before {@code K}, else the newest
 * superseded value stored at or before {@code K}; a reading with neither was first stored after {@code K} (see
 * {@link LateReadings}). Without {@code K}, the current values.
 */
@Repository
public class KnownReadingReader {

    private static final String CURRENT = "select ts, value, revision, stored_at from readings"
            + " where series_key = ? and ts >= ? and ts < ? order by ts";
    // the revision probe runs only for readings stored after K (rare: revisions, late and imported readings)
    private static final String EXCLUDE = "select r.ts, coalesce(v.value, r.value), coalesce(v.revision, r.revision),"
            + " coalesce(v.stored_at, r.stored_at) from readings r left join lateral (select h.value, h.revision,"
            + " h.stored_at from reading_revisions h where r.stored_at > ? and h.series_key = r.series_key"
            + " and h.ts = r.ts and h.stored_at <= ? order by h.revision desc limit 1) v on true"
            + " where r.series_key = ? and r.ts >= ? and r.ts < ? and (r.stored_at <= ? or v.revision is not null)"
            + " order by r.ts";
    // known at K first; among the known the newest, else the first version ever stored
    private static final String INCLUDE = "select r.ts, coalesce(v.value, r.value), coalesce(v.revision, r.revision),"
            + " coalesce(v.stored_at, r.stored_at) from readings r left join lateral (select h.value, h.revision,"
            + " h.stored_at from reading_revisions h where r.stored_at > ? and h.series_key = r.series_key"
            + " and h.ts = r.ts order by (h.stored_at <= ?) desc,"
            + " case when h.stored_at <= ? then -h.revision else h.revision end limit 1) v on true"
            + " where r.series_key = ? and r.ts >= ? and r.ts < ? order by r.ts";

    private final JdbcTemplate jdbc;

    KnownReadingReader(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(5_000);
    }

    /** Readings with {@code from <= ts < to} in time order, as known at {@code knownAt} (null: the current values). */
    @Transactional(readOnly = true)
    public void forEach(
            int seriesKey,
            Instant from,
            Instant to,
            @Nullable Instant knownAt,
            LateReadings late,
            KnownReadingSink sink) {
        if (knownAt == null) {
            jdbc.query(CURRENT, (RowCallbackHandler) rs -> emit(rs, sink), seriesKey, utc(from), utc(to));
            return;
        }
        OffsetDateTime k = utc(knownAt);
        if (late == LateReadings.EXCLUDE) {
            jdbc.query(EXCLUDE, (RowCallbackHandler) rs -> emit(rs, sink), k, k, seriesKey, utc(from), utc(to), k);
        } else {
            jdbc.query(INCLUDE, (RowCallbackHandler) rs -> emit(rs, sink), k, k, k, seriesKey, utc(from), utc(to));
        }
    }

    private static void emit(java.sql.ResultSet rs, KnownReadingSink sink) throws java.sql.SQLException {
        Timestamp storedAt = rs.getTimestamp(4);
        sink.accept(rs.getTimestamp(1).toInstant(), rs.getDouble(2), rs.getInt(3), storedAt.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
