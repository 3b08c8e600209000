package io.loadcast.registry.models.store;

import io.loadcast.registry.mlflow.Tag;
import io.loadcast.registry.models.RegisteredModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Registered models, their tags and aliases in PostgreSQL; versions are in {@link VersionStore}. */
@Repository
public class ModelStore {

    /** The row of a registered model, before versions and aliases are attached. */
    public record Row(String name, long created, long updated, String userId, String description) {}

    private final NamedParameterJdbcTemplate jdbc;

    ModelStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String name) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from registered_models where name = :name)",
                Map.of("name", name),
                Boolean.class));
    }

    public void insert(String name, String description, String userId, long now) {
        jdbc.update(
                "insert into registered_models (name, creation_timestamp, last_updated_timestamp, description,"
                        + " user_id) values (:name, :now, :now, :description, :user)",
                Map.of("name", name, "now", now, "description", description, "user", userId));
    }

    public Optional<Row> find(String name) {
        return search("where name = :name", Map.of("name", name), "name", 1, 0).stream()
                .findFirst();
    }

    public List<Row> search(String where, Map<String, ?> params, String orderBy, int limit, int offset) {
        return jdbc.query(
                "select * from registered_models m " + where + " order by " + orderBy + " limit :limit offset :offset",
                new MapSqlParameterSource(params).addValue("limit", limit).addValue("offset", offset),
                (rs, i) -> new Row(
                        rs.getString("name"),
                        rs.getLong("creation_timestamp"),
                        rs.getLong("last_updated_timestamp"),
                        rs.getString("user_id"),
                        rs.getString("description")));
    }

    public void rename(String name, String newName, long now) {
        jdbc.update(
                "update registered_models set name = :newName, last_updated_timestamp = :now where name = :name",
                Map.of("name", name, "newName", newName, "now", now));
    }

    public void describe(String name, String description, long now) {
        jdbc.update(
                "update registered_models set description = :d, last_updated_timestamp = :now where name = :name",
                Map.of("name", name, "d", description, "now", now));
    }

    public void touch(String name, long now) {
        jdbc.update(
                "update registered_models set last_updated_timestamp = :now where name = :name",
                Map.of("name", name, "now", now));
    }

    public void delete(String name) {
        jdbc.update("delete from registered_models where name = :name", Map.of("name", name));
    }

    public List<Tag> tags(String name) {
        return jdbc.query(
                "select key, value from registered_model_tags where name = :name order by key",
                Map.of("name", name),
                (rs, i) -> new Tag(rs.getString(1), rs.getString(2)));
    }

    public void setTag(String name, String key, String value) {
        jdbc.update(
                "insert into registered_model_tags (name, key, value) values (:name, :key, :value)"
                        + " on conflict (name, key) do update set value = excluded.value",
                Map.of("name", name, "key", key, "value", value));
    }

    public int deleteTag(String name, String key) {
        return jdbc.update(
                "delete from registered_model_tags where name = :name and key = :key",
                Map.of("name", name, "key", key));
    }

    public List<RegisteredModel.Alias> aliases(String name) {
        return jdbc.query(
                "select alias, version from registered_model_aliases where name = :name order by alias",
                Map.of("name", name),
                (rs, i) -> new RegisteredModel.Alias(rs.getString(1), String.valueOf(rs.getInt(2))));
    }

    public Optional<Integer> alias(String name, String alias) {
        return jdbc
                .queryForList(
                        "select version from registered_model_aliases where name = :name and alias = :alias",
                        Map.of("name", name, "alias", alias),
                        Integer.class)
                .stream()
                .findFirst();
    }

    public void setAlias(String name, String alias, int version) {
        jdbc.update(
                "insert into registered_model_aliases (name, alias, version) values (:name, :alias, :version)"
                        + " on conflict (name, alias) do update set version = excluded.version",
                Map.of("name", name, "alias", alias, "version", version));
    }

    public int deleteAlias(String name, String alias) {
        return jdbc.update(
                "delete from registered_model_aliases where name = :name and alias = :alias",
                Map.of("name", name, "alias", alias));
    }
}
