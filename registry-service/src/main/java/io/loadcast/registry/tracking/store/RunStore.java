package io.loadcast.registry.tracking.store;

import io.loadcast.registry.mlflow.Tag;
import io.loadcast.registry.tracking.Metric;
import io.loadcast.registry.tracking.Run;
import io.loadcast.registry.tracking.RunInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Runs and their params, tags and metrics in PostgreSQL. */
@Repository
public class RunStore {

    private final NamedParameterJdbcTemplate jdbc;

    RunStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(RunInfo info) {
        jdbc.update(
                "insert into runs (run_uuid, experiment_id, run_name, user_id, status, start_time, end_time,"
                        + " artifact_uri) values (:id, :exp, :name, :user, :status, :start, :end, :uri)",
                new MapSqlParameterSource()
                        .addValue("id", info.runId())
                        .addValue("exp", Long.parseLong(info.experimentId()))
                        .addValue("name", info.runName())
                        .addValue("user", info.userId())
                        .addValue("status", info.status())
                        .addValue("start", info.startTime())
                        .addValue("end", info.endTime())
                        .addValue("uri", info.artifactUri()));
    }

    public Optional<RunInfo> find(String runId) {
        return jdbc.query("select * from runs where run_uuid = :id", Map.of("id", runId), RunStore::info).stream()
                .findFirst();
    }

    public void update(String runId, String status, @Nullable Long endTime, String runName) {
        jdbc.update(
                "update runs set status = :status, end_time = :end, run_name = :name where run_uuid = :id",
                new MapSqlParameterSource()
                        .addValue("id", runId)
                        .addValue("status", status)
                        .addValue("end", endTime)
                        .addValue("name", runName));
    }

    public void setLifecycle(String runId, String stage) {
        jdbc.update(
                "update runs set lifecycle_stage = :stage where run_uuid = :id", Map.of("id", runId, "stage", stage));
    }

    /** Param values already logged for these keys of a run. */
    public Map<String, String> params(String runId, Collection<String> keys) {
        Map<String, String> values = new HashMap<>();
        jdbc.query(
                "select key, value from params where run_uuid = :id and key in (:keys)",
                new MapSqlParameterSource("id", runId).addValue("keys", keys),
                rs -> {
                    values.put(rs.getString(1), rs.getString(2));
                });
        return values;
    }

    public void insertParams(String runId, List<Tag> params) {
        jdbc.batchUpdate(
                "insert into params (run_uuid, key, value) values (:id, :key, :value) on conflict do nothing",
                params.stream().map(p -> keyValue(runId, p)).toArray(MapSqlParameterSource[]::new));
    }

    public void upsertTags(String runId, List<Tag> tags) {
        jdbc.batchUpdate(
                "insert into tags (run_uuid, key, value) values (:id, :key, :value)"
                        + " on conflict (run_uuid, key) do update set value = excluded.value",
                tags.stream().map(t -> keyValue(runId, t)).toArray(MapSqlParameterSource[]::new));
    }

    public int deleteTag(String runId, String key) {
        return jdbc.update("delete from tags where run_uuid = :id and key = :key", Map.of("id", runId, "key", key));
    }

    /**
     * Appends metric values and keeps latest_metrics at MLflow's "latest" (greatest step, then timestamp, then
     * value); the batch is reduced per key first because one upsert statement may touch a row only once.
     */
    public void insertMetrics(String runId, List<Metric> metrics) {
        jdbc.batchUpdate(
                "insert into metrics (run_uuid, key, value, timestamp, step)"
                        + " values (:id, :key, :value, :timestamp, :step) on conflict do nothing",
                metrics.stream().map(m -> metric(runId, m)).toArray(MapSqlParameterSource[]::new));
        Map<String, Metric> latest = new LinkedHashMap<>();
        for (Metric m : metrics) {
            latest.merge(m.key(), m, (a, b) -> MetricOrder.LATEST.compare(a, b) >= 0 ? a : b);
        }
        jdbc.batchUpdate(
                "insert into latest_metrics (run_uuid, key, value, timestamp, step)"
                        + " values (:id, :key, :value, :timestamp, :step) on conflict (run_uuid, key) do update"
                        + " set value = excluded.value, timestamp = excluded.timestamp, step = excluded.step"
                        + " where (excluded.step, excluded.timestamp, excluded.value)"
                        + " > (latest_metrics.step, latest_metrics.timestamp, latest_metrics.value)",
                latest.values().stream().map(m -> metric(runId, m)).toArray(MapSqlParameterSource[]::new));
    }

    public List<Metric> history(String runId, String key, int limit, int offset) {
        return jdbc.query(
                "select key, value, timestamp, step from metrics where run_uuid = :id and key = :key"
                        + " order by step, timestamp, value limit :limit offset :offset",
                new MapSqlParameterSource("id", runId)
                        .addValue("key", key)
                        .addValue("limit", limit)
                        .addValue("offset", offset),
                (rs, i) -> new Metric(rs.getString(1), rs.getDouble(2), rs.getLong(3), rs.getLong(4)));
    }

    /** Run infos selected by a query built by {@link RunQuery}. */
    public List<RunInfo> search(RunQuery query) {
        return jdbc.query(query.sql(), query.params(), RunStore::info);
    }

    /** Full runs, data loaded in three queries whatever the number of runs. */
    public List<Run> withData(List<RunInfo> infos) {
        if (infos.isEmpty()) {
            return List.of();
        }
        List<String> ids = infos.stream().map(RunInfo::runId).toList();
        var source = new MapSqlParameterSource("ids", ids);
        Map<String, List<Metric>> metrics = new HashMap<>();
        jdbc.query(
                "select run_uuid, key, value, timestamp, step from latest_metrics where run_uuid in (:ids) order by key",
                source,
                rs -> {
                    metrics.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Metric(rs.getString(2), rs.getDouble(3), rs.getLong(4), rs.getLong(5)));
                });
        Map<String, List<Tag>> params = pairs("params", source);
        Map<String, List<Tag>> tags = pairs("tags", source);
        return infos.stream()
                .map(i -> new Run(
                        i,
                        new Run.Data(
                                metrics.getOrDefault(i.runId(), List.of()),
                                params.getOrDefault(i.runId(), List.of()),
                                tags.getOrDefault(i.runId(), List.of()))))
                .toList();
    }

    private Map<String, List<Tag>> pairs(String table, MapSqlParameterSource source) {
        Map<String, List<Tag>> result = new HashMap<>();
        jdbc.query(
                "select run_uuid, key, value from " + table + " where run_uuid in (:ids) order by key", source, rs -> {
                    result.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Tag(rs.getString(2), rs.getString(3)));
                });
        return result;
    }

    private static MapSqlParameterSource keyValue(String runId, Tag tag) {
        return new MapSqlParameterSource("id", runId).addValue("key", tag.key()).addValue("value", tag.value());
    }

    private static MapSqlParameterSource metric(String runId, Metric m) {
        return new MapSqlParameterSource("id", runId)
                .addValue("key", m.key())
                .addValue("value", m.value())
                .addValue("timestamp", m.timestamp())
                .addValue("step", m.step());
    }

    static RunInfo info(ResultSet rs, int row) throws SQLException {
        long end = rs.getLong("end_time");
        Long endTime = rs.wasNull() ? null : end;
        String id = rs.getString("run_uuid");
        return new RunInfo(
                id,
                id,
                rs.getString("run_name"),
                String.valueOf(rs.getLong("experiment_id")),
                rs.getString("user_id"),
                rs.getString("status"),
                rs.getLong("start_time"),
                endTime,
                rs.getString("artifact_uri"),
                rs.getString("lifecycle_stage"));
    }
}
