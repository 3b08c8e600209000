package io.loadcast.ingest.readings.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.ingest.IngestIntegrationTest;
import io.loadcast.ingest.readings.domain.WriteSummary;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IngestIntegrationTest
class ReadingWriterTest {

    @Autowired
    ReadingWriter writer;

    @Autowired
    SeriesRepository series;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    int key;
    Instant base = Instant.parse("2024-03-01T00:00:00Z");

    @BeforeEach
    void registerSeries() {
        key = series.register("writer-" + UUID.randomUUID(), "MW", "PT30M", "Europe/London", false)
                .key();
    }

    private List<StagedRow> rows(int from, int to, double offset) {
        List<StagedRow> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            rows.add(new StagedRow(key, base.plusSeconds(1800L * i), 100 + i + offset, "meter"));
        }
        return rows;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where series_key = ?", Long.class, key);
    }

    /** Not the transaction's connection (the template would join the transaction and see its own rows). */
    private long countOnOwnConnection() {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rs = statement.executeQuery("select count(*) from readings where series_key = " + key)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void storesNewKeysAtRevisionZeroAndRunsTheCallbackBeforeTheCommit() {
        long[] visibleToOthersInCallback = {-1};
        int[] revisions = new int[5];
        WriteSummary summary =
                writer.write(rows(0, 5, 0), revisions, () -> visibleToOthersInCallback[0] = countOnOwnConnection());

        assertThat(summary).isEqualTo(new WriteSummary(5, 0, 0));
        assertThat(revisions).containsOnly(0);
        assertThat(visibleToOthersInCallback[0])
                .as("rows committed before the callback")
                .isZero();
        assertThat(count("readings")).isEqualTo(5);
        assertThat(jdbc.queryForObject("select sum(value) from readings where series_key = ?", Double.class, key))
                .isEqualTo(100 + 101 + 102 + 103 + 104);
    }

    @Test
    void aBatchOverlappingStoredReadingsKeepsRevisionsAndSkipsUnchangedValues() {
        writer.write(rows(0, 4, 0), new int[4]);
        List<StagedRow> next = new ArrayList<>(rows(2, 4, 0)); // unchanged
        next.add(new StagedRow(key, base, 999, "meter")); // revised
        next.addAll(rows(4, 6, 0)); // new
        int[] revisions = new int[next.size()];

        WriteSummary summary = writer.write(next, revisions);

        assertThat(summary).isEqualTo(new WriteSummary(2, 1, 2));
        assertThat(revisions).containsExactly(0, 0, 1, 0, 0);
        assertThat(count("readings")).isEqualTo(6);
        assertThat(count("reading_revisions")).isEqualTo(1);
    }

    @Test
    void aBatchRepeatingAKeyRecordsEveryChangeAsARevision() {
        List<StagedRow> rows = new ArrayList<>(rows(0, 2, 0));
        rows.add(new StagedRow(key, base, 555, "meter"));
        int[] revisions = new int[3];

        WriteSummary summary = writer.write(rows, revisions);

        assertThat(summary).isEqualTo(new WriteSummary(2, 1, 0));
        assertThat(revisions).containsExactly(0, 0, 1);
        assertThat(count("reading_revisions")).isEqualTo(1);
    }

    /** Another writer stored a key between the check and the COPY: the COPY is undone and the transaction goes on. */
    @Test
    void theDirectCopyGivesWayWhenAKeyWasStoredMeanwhile() throws Exception {
        writer.write(rows(3, 4, 0), new int[1]);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);

            assertThat(ReadingWriter.copyNew(connection, rows(0, 5, 0))).isNull();

            try (var statement = connection.createStatement();
                    var rs = statement.executeQuery("select count(*) from readings where series_key = " + key)) {
                rs.next();
                assertThat(rs.getLong(1)).as("the failed COPY left nothing").isEqualTo(1);
            }
            assertThat(ReadingWriter.copyNew(connection, rows(10, 12, 0))).isEqualTo(new WriteSummary(2, 0, 0));
            connection.commit();
        }
        assertThat(count("readings")).isEqualTo(3);
    }

    @Test
    void aStoredReadingInsideTheSpanOfABatchSendsItTheGeneralWay() throws Exception {
        writer.write(rows(3, 4, 0), new int[1]);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(NewKeys.noneStored(connection, rows(0, 3, 0))).isTrue();
            assertThat(NewKeys.noneStored(connection, rows(4, 9, 0))).isTrue();
            assertThat(NewKeys.noneStored(connection, rows(0, 9, 0))).isFalse();
            assertThat(NewKeys.noneStored(connection, rows(3, 4, 0))).isFalse();
        }
    }
}
