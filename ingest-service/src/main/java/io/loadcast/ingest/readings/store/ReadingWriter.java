package io.loadcast.ingest.readings.store;

import io.loadcast.ingest.readings.domain.WriteSummary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes readings idempotently on (series, instant). A batch of keys not stored yet (the usual live traffic) is
 * streamed with COPY straight into {@code readings}. Any other batch is streamed into a session-local staging table,
 * then {@code INSERT ... ON CONFLICT DO NOTHING} stores the new keys; only when some keys existed are superseded values
 * copied to {@code reading_revisions} and the differing ones updated with a bumped revision. A batch holding the same
 * key twice is written in rounds, so each value of the key is applied in order and every change becomes a revision.
 */
@Repository
public class ReadingWriter {

    private static final String STAGING = "create temp table if not exists reading_staging"
            + " (ord int, series_key int, ts timestamptz, value float8, source text) on commit delete rows";
    private static final String INSERT_NEW = "insert into readings (series_key, ts, value, source)"
            + " select series_key, ts, value, source from reading_staging on conflict (series_key, ts) do nothing";
    // rows inserted by INSERT_NEW in this transaction hold the staged value, so they never match "value differs"
    private static final String KEEP_REVISIONS =
            "insert into reading_revisions (series_key, ts, revision, value, source, stored_at)"
                    + " select r.series_key, r.ts, r.revision, r.value, r.source, r.stored_at"
                    + " from reading_staging s join readings r using (series_key, ts) where r.value <> s.value";
    private static final String REVISE = "update readings r set value = s.value, source = s.source,"
            + " revision = r.revision + 1, stored_at = now() from reading_staging s"
            + " where r.series_key = s.series_key and r.ts = s.ts and r.value <> s.value";
    private static final String COPY_STAGING =
            "copy reading_staging (ord, series_key, ts, value, source) from stdin (format binary)";
    private static final String COPY_READINGS =
            "copy readings (series_key, ts, value, source) from stdin (format binary)";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String REVISIONS =
            "select s.ord, r.revision from reading_staging s join readings r using (series_key, ts)";

    private final JdbcTemplate jdbc;

    ReadingWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the rows in one transaction; see {@link #write(List, int[], Runnable)}. */
    @Transactional
    public WriteSummary write(List<StagedRow> rows, int[] revisions) {
        return write(rows, revisions, () -> {});
    }

    /**
     * Stores the rows in one transaction. When no key of the batch is stored yet and none repeats (live traffic: new
     * instants), the rows are copied straight into {@code readings}, one statement; otherwise they go through the
     * staging table, which finds the revisions.
     *
     * @param revisions empty, or as long as {@code rows} to receive the stored revision of each row
     * @param written runs once every row is written and {@code revisions} filled, before the commit: rows inserted or
     *     revised are locked by this transaction until then, so no other writer can give them another revision
     *     meanwhile (an unchanged row keeps the revision it has)
     */
    @Transactional
    public WriteSummary write(List<StagedRow> rows, int[] revisions, Runnable written) {
        return jdbc.execute((Connection connection) -> {
            List<List<Integer>> rounds = rounds(rows);
            WriteSummary summary = null;
            if (rounds.size() == 1 && NewKeys.noneStored(connection, rows)) {
                summary = copyNew(connection, rows);
            }
            if (summary == null) {
                summary = staged(connection, rows, rounds, revisions);
            }
            written.run();
            return summary;
        });
    }

    /**
     * COPYs the rows straight into {@code readings}, all at revision 0, inside a savepoint: when another writer stored
     * one of the keys since the check, the COPY fails on the primary key, is rolled back, and null is returned.
     */
    static @Nullable WriteSummary copyNew(Connection connection, List<StagedRow> rows) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            copy(connection, COPY_READINGS, BinaryCopy.encodeReadings(rows));
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(savepoint);
            return null;
        }
        connection.releaseSavepoint(savepoint);
        return new WriteSummary(rows.size(), 0, 0);
    }

    private static WriteSummary staged(
            Connection connection, List<StagedRow> rows, List<List<Integer>> rounds, int[] revisions)
            throws SQLException {
        WriteSummary summary = WriteSummary.NONE;
        try (Statement statement = connection.createStatement()) {
            // emptied at every commit; the delete covers a caller that writes twice in one transaction. DELETE, not
            // TRUNCATE: truncating allocates a new file every time, deleting a few rows (or none) costs nothing
            statement.execute(STAGING + "; delete from reading_staging");
            for (int n = 0; n < rounds.size(); n++) {
                List<Integer> round = rounds.get(n);
                if (n > 0) {
                    statement.execute("delete from reading_staging");
                }
                copy(connection, COPY_STAGING, BinaryCopy.encode(rows, round));
                if (round.size() > 10_000) {
                    statement.execute("analyze reading_staging");
                }
                WriteSummary written = upsert(statement, round.size());
                summary = summary.plus(written);
                // when every row was new, every revision is 0 (the array's initial value): skip the join
                if (revisions.length > 0 && written.inserted() < round.size()) {
                    try (var rs = statement.executeQuery(REVISIONS)) {
                        while (rs.next()) {
                            revisions[rs.getInt(1)] = rs.getInt(2);
                        }
                    }
                }
            }
        }
        return summary;
    }

    private static WriteSummary upsert(Statement statement, int size) throws SQLException {
        long inserted = statement.executeUpdate(INSERT_NEW);
        if (inserted == size) {
            return new WriteSummary(inserted, 0, 0);
        }
        statement.executeUpdate(KEEP_REVISIONS);
        long revised = statement.executeUpdate(REVISE);
        return new WriteSummary(inserted, revised, size - inserted - revised);
    }

    private static void copy(Connection connection, String sql, byte[] data) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new ByteArrayInputStream(data));
        } catch (IOException e) {
            throw new SQLException("COPY failed", e);
        }
    }

    /** Splits row indexes so that no round holds a key twice; the n-th occurrence of a key goes to round n. */
    private static List<List<Integer>> rounds(List<StagedRow> rows) {
        List<List<Integer>> rounds = new ArrayList<>();
        Map<Key, Integer> seen = new HashMap<>(rows.size() * 2);
        for (int i = 0; i < rows.size(); i++) {
            StagedRow row = rows.get(i);
            int occurrence = seen.merge(new Key(row.seriesKey(), row.timestamp()), 1, Integer::sum) - 1;
            if (occurrence == rounds.size()) {
                rounds.add(new ArrayList<>(occurrence == 0 ? rows.size() : 16));
            }
            rounds.get(occurrence).add(i);
        }
        return rounds;
    }

    private record Key(int seriesKey, java.time.Instant timestamp) {}
}
