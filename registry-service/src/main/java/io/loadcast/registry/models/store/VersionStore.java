package io.loadcast.registry.models.store;

import io.loadcast.registry.mlflow.Tag;
import io.loadcast.registry.models.ModelVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Model versions with their tags and aliases in PostgreSQL. */
@Repository
public class VersionStore {

    private final NamedParameterJdbcTemplate jdbc;

    VersionStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the next version number of the model; the model row is locked so concurrent creates never clash. */
    public int insert(
            String name,
            String source,
            @Nullable String runId,
            @Nullable String runLink,
            String description,
            String userId,
            long now) {
        jdbc.queryForList(
                "select name from registered_models where name = :name for update", Map.of("name", name), String.class);
        Integer max = jdbc.queryForObject(
                "select coalesce(max(version), 0) from model_versions where name = :name",
                Map.of("name", name),
                Integer.class);
        int version = (max == null ? 0 : max) + 1;
        jdbc.update(
                "insert into model_versions (name, version, creation_timestamp, last_updated_timestamp, description,"
                        + " user_id, source, run_id, run_link) values (:name, :version, :now, :now, :description,"
                        + " :user, :source, :run, :link)",
                new MapSqlParameterSource("name", name)
                        .addValue("version", version)
                        .addValue("now", now)
                        .addValue("description", description)
                        .addValue("user", userId)
                        .addValue("source", source)
                        .addValue("run", runId)
                        .addValue("link", runLink));
        return version;
    }

    public Optional<ModelVersion> find(String name, int version) {
        return search(
                        "where v.name = :name and v.version = :version",
                        Map.of("name", name, "version", version),
                        "v.version",
                        1,
                        0)
                .stream()
                .findFirst();
    }

    public List<ModelVersion> search(String where, Map<String, ?> params, String orderBy, int limit, int offset) {
        List<ModelVersion> rows = jdbc.query(
                "select * from model_versions v " + where + " order by " + orderBy + " limit :limit offset :offset",
                new MapSqlParameterSource(params).addValue("limit", limit).addValue("offset", offset),
                VersionStore::row);
        return withTagsAndAliases(rows);
    }

    public void update(String name, int version, String column, String value, long now) {
        if (!List.of("description", "current_stage").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        jdbc.update(
                "update model_versions set " + column + " = :value, last_updated_timestamp = :now"
                        + " where name = :name and version = :version",
                Map.of("name", name, "version", version, "value", value, "now", now));
    }

    public void delete(String name, int version) {
        jdbc.update(
                "delete from model_versions where name = :name and version = :version",
                Map.of("name", name, "version", version));
    }

    public void setTag(String name, int version, String key, String value) {
        jdbc.update(
                "insert into model_version_tags (name, version, key, value) values (:name, :version, :key, :value)"
                        + " on conflict (name, version, key) do update set value = excluded.value",
                Map.of("name", name, "version", version, "key", key, "value", value));
    }

    public int deleteTag(String name, int version, String key) {
        return jdbc.update(
                "delete from model_version_tags where name = :name and version = :version and key = :key",
                Map.of("name", name, "version", version, "key", key));
    }

    private List<ModelVersion> withTagsAndAliases(List<ModelVersion> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<String> names = rows.stream().map(ModelVersion::name).distinct().toList();
        Map<String, List<Tag>> tags = new HashMap<>();
        Map<String, List<String>> aliases = new HashMap<>();
        var source = new MapSqlParameterSource("names", names);
        jdbc.query(
                "select name, version, key, value from model_version_tags where name in (:names) order by key",
                source,
                rs -> {
                    tags.computeIfAbsent(rs.getString(1) + "\u0000" + rs.getInt(2), k -> new ArrayList<>())
                            .add(new Tag(rs.getString(3), rs.getString(4)));
                });
        jdbc.query(
                "select name, version, alias from registered_model_aliases where name in (:names) order by alias",
                source,
                rs -> {
                    aliases.computeIfAbsent(rs.getString(1) + "\u0000" + rs.getInt(2), k -> new ArrayList<>())
                            .add(rs.getString(3));
                });
        return rows.stream()
                .map(v -> {
                    String key = v.name() + "\u0000" + v.version();
                    return new ModelVersion(
                            v.name(),
                            v.version(),
                            v.creationTimestamp(),
                            v.lastUpdatedTimestamp(),
                            v.userId(),
                            v.currentStage(),
                            v.description(),
                            v.source(),
                            v.runId(),
                            v.status(),
                            v.runLink(),
                            tags.getOrDefault(key, List.of()),
                            aliases.getOrDefault(key, List.of()));
                })
                .toList();
    }

    private static ModelVersion row(ResultSet rs, int i) throws SQLException {
        return new ModelVersion(
                rs.getString("name"),
                String.valueOf(rs.getInt("version")),
                rs.getLong("creation_timestamp"),
                rs.getLong("last_updated_timestamp"),
                rs.getString("user_id"),
                rs.getString("current_stage"),
                rs.getString("description"),
                rs.getString("source"),
                rs.getString("run_id"),
                rs.getString("status"),
                rs.getString("run_link"),
                List.of(),
                List.of());
    }
}
