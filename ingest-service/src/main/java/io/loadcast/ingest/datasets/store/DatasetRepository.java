package io.loadcast.ingest.datasets.store;

import io.loadcast.ingest.datasets.domain.Dataset;
import io.loadcast.ingest.datasets.domain.SeriesSummary;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Frozen datasets: rows are inserted once and never updated. */
@Repository
public class DatasetRepository {

    private static final TypeReference<List<SeriesSummary>> SUMMARIES = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    DatasetRepository(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Dataset dataset, byte[] contentGzip) {
        jdbc.update(
                "insert into datasets (id, created_at, series_ids, from_ts, to_ts, sha256, row_count, content_gzip,"
                        + " summary) values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)",
                ps -> {
                    ps.setObject(1, dataset.id());
                    ps.setObject(2, dataset.createdAt().atOffset(ZoneOffset.UTC));
                    ps.setArray(
                            3,
                            ps.getConnection()
                                    .createArrayOf("text", dataset.seriesIds().toArray()));
                    ps.setObject(4, dataset.from().atOffset(ZoneOffset.UTC));
                    ps.setObject(5, dataset.to().atOffset(ZoneOffset.UTC));
                    ps.setString(6, dataset.sha256());
                    ps.setLong(7, dataset.rowCount());
                    ps.setBytes(8, contentGzip);
                    ps.setString(9, json.writeValueAsString(dataset.series()));
                });
    }

    public Optional<Dataset> find(UUID id) {
        return jdbc
                .query(
                        "select id, created_at, series_ids, from_ts, to_ts, sha256, row_count, summary::text"
                                + " from datasets where id = ?",
                        (rs, i) -> new Dataset(
                                rs.getObject(1, UUID.class),
                                rs.getObject(2, OffsetDateTime.class).toInstant(),
                                Arrays.asList((String[]) rs.getArray(3).getArray()),
                                rs.getObject(4, OffsetDateTime.class).toInstant(),
                                rs.getObject(5, OffsetDateTime.class).toInstant(),
                                rs.getString(6),
                                rs.getLong(7),
                                json.readValue(rs.getString(8), SUMMARIES)),
                        id)
                .stream()
                .findFirst();
    }

    public Optional<byte[]> contentGzip(UUID id) {
        return jdbc.query("select content_gzip from datasets where id = ?", (rs, i) -> rs.getBytes(1), id).stream()
                .findFirst();
    }
}
