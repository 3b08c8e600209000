package io.loadcast.registry.tracking.store;

import io.loadcast.registry.mlflow.Tag;
import io.loadcast.registry.tracking.Experiment;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Experiments and their tags in PostgreSQL. */
@Repository
public class ExperimentStore {

    private final NamedParameterJdbcTemplate jdbc;

    ExperimentStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean nameTaken(String name) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from experiments where name = :name)", Map.of("name", name), Boolean.class));
    }

    public long insert(String name, String artifactLocation, long now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                "insert into experiments (name, artifact_location, creation_time, last_update_time)"
                        + " values (:name, :location, :now, :now)",
                new MapSqlParameterSource()
                        .addValue("name", name)
                        .addValue("location", artifactLocation)
                        .addValue("now", now),
                keys,
                new String[] {"experiment_id"});
        return Objects.requireNonNull(keys.getKey(), "the insert returned no experiment_id")
                .longValue();
    }

    public void setArtifactLocation(long id, String location) {
        jdbc.update(
                "update experiments set artifact_location = :location where experiment_id = :id",
                Map.of("id", id, "location", location));
    }

    public Optional<Experiment> find(long id) {
        return one("where experiment_id = :id", Map.of("id", id));
    }

    public Optional<Experiment> findByName(String name) {
        return one("where name = :name", Map.of("name", name));
    }

    /** A page of experiments; {@code where} and {@code orderBy} are built by the caller from whitelisted parts. */
    public List<Experiment> search(String where, Map<String, Object> params, String orderBy, int limit, int offset) {
        var source = new MapSqlParameterSource(params).addValue("limit", limit).addValue("offset", offset);
        List<Experiment> rows = jdbc.query(
                "select * from experiments e " + where + " order by " + orderBy + " limit :limit offset :offset",
                source,
                (rs, i) -> experiment(rs, List.of()));
        return rows.stream().map(e -> withTags(e)).toList();
    }

    public void update(long id, String column, Object value, long now) {
        if (!List.of("name", "lifecycle_stage").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        jdbc.update(
                "update experiments set " + column + " = :value, last_update_time = :now where experiment_id = :id",
                Map.of("id", id, "value", value, "now", now));
    }

    public void setTag(long id, String key, String value) {
        jdbc.update(
                "insert into experiment_tags (experiment_id, key, value) values (:id, :key, :value)"
                        + " on conflict (experiment_id, key) do update set value = excluded.value",
                Map.of("id", id, "key", key, "value", value));
    }

    public int deleteTag(long id, String key) {
        return jdbc.update(
                "delete from experiment_tags where experiment_id = :id and key = :key", Map.of("id", id, "key", key));
    }

    private Optional<Experiment> one(String where, Map<String, Object> params) {
        return jdbc.query("select * from experiments " + where, params, (rs, i) -> experiment(rs, List.of())).stream()
                .findFirst()
                .map(this::withTags);
    }

    private Experiment withTags(Experiment e) {
        List<Tag> tags = new ArrayList<>(jdbc.query(
                "select key, value from experiment_tags where experiment_id = :id order by key",
                Map.of("id", Long.parseLong(e.experimentId())),
                (rs, i) -> new Tag(rs.getString("key"), rs.getString("value"))));
        return new Experiment(
                e.experimentId(),
                e.name(),
                e.artifactLocation(),
                e.lifecycleStage(),
                e.lastUpdateTime(),
                e.creationTime(),
                tags);
    }

    private static Experiment experiment(ResultSet rs, List<Tag> tags) throws SQLException {
        return new Experiment(
                String.valueOf(rs.getLong("experiment_id")),
                rs.getString("name"),
                rs.getString("artifact_location"),
                rs.getString("lifecycle_stage"),
                rs.getLong("last_update_time"),
                rs.getLong("creation_time"),
                tags);
    }

    /** The experiment whose artifact location is the longest of {@code locations}, if any has one. */
    public java.util.Optional<String> withLocation(java.util.List<String> locations) {
        return jdbc
                .queryForList(
                        "select experiment_id from experiments where artifact_location in (:locations)"
                                + " order by length(artifact_location) desc limit 1",
                        Map.of("locations", locations),
                        String.class)
                .stream()
                .findFirst();
    }
}
