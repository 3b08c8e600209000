package io.loadcast.ingest.readings.store;

import io.loadcast.ingest.readings.domain.WriteSummary;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes readings idempotently on (series, instant): rows are streamed with COPY into a session-local staging table,
 * superseded values are copied to {@code reading_revisions}, then one {@code INSERT ... ON CONFLICT DO UPDATE ... WHERE
 * value differs} upserts them all. A batch holding the same key twice is written in rounds, so each value of the key
 * is applied in order and every change becomes a revision.
 */
@Repository
public class ReadingWriter {

    private static final String STAGING = "create temp table if not exists reading_staging"
            + " (ord int, series_key int, ts timestamptz, value float8, source text) on commit delete rows";
    private static final String KEEP_REVISIONS =
            "insert into reading_revisions (series_key, ts, revision, value, source, stored_at)"
                    + " select r.series_key, r.ts, r.revision, r.value, r.source, r.stored_at"
                    + " from reading_staging s join readings r using (series_key, ts) where r.value <> s.value";
    private static final String UPSERT = "with up as (insert into readings (series_key, ts, value, source)"
            + " select series_key, ts, value, source from reading_staging"
            + " on conflict (series_key, ts) do update set value = excluded.value, source = excluded.source,"
            + " revision = readings.revision + 1, stored_at = now() where readings.value <> excluded.value"
            + " returning (xmax = 0) as inserted)"
            + " select count(*) filter (where inserted), count(*) filter (where not inserted) from up";
    private static final String REVISIONS =
            "select s.ord, r.revision from reading_staging s join readings r using (series_key, ts)";

    private final JdbcTemplate jdbc;

    ReadingWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the rows in one transaction.
     *
     * @param revisions empty, or as long as {@code rows} to receive the stored revision of each row
     */
    @Transactional
    public WriteSummary write(List<StagedRow> rows, int[] revisions) {
        return jdbc.execute((Connection connection) -> {
            WriteSummary summary = WriteSummary.NONE;
            try (Statement statement = connection.createStatement()) {
                statement.execute(STAGING);
                for (List<Integer> round : rounds(rows)) {
                    statement.execute("truncate reading_staging");
                    copy(connection, rows, round);
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
        });
    }

    private static WriteSummary upsert(Statement statement, int size) throws SQLException {
        statement.executeUpdate(KEEP_REVISIONS);
        try (var rs = statement.executeQuery(UPSERT)) {
            rs.next();
            long inserted = rs.getLong(1);
            long revised = rs.getLong(2);
            return new WriteSummary(inserted, revised, size - inserted - revised);
        }
    }

    private static void copy(Connection connection, List<StagedRow> rows, List<Integer> indexes) throws SQLException {
        StringBuilder text = new StringBuilder(indexes.size() * 64);
        for (int i : indexes) {
            StagedRow row = rows.get(i);
            text.append(i)
                    .append('\t')
                    .append(row.seriesKey())
                    .append('\t')
                    .append(row.timestamp())
                    .append('\t')
                    .append(row.value())
                    .append('\t');
            appendEscaped(text, row.source());
            text.append('\n');
        }
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "copy reading_staging (ord, series_key, ts, value, source) from stdin",
                            new StringReader(text.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException("COPY into the staging table failed", e);
        }
    }

    /** COPY text format: backslash, tab, newline and carriage return must be escaped. */
    private static void appendEscaped(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
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
