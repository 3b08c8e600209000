package io.loadcast.registry.audit.store;

import io.loadcast.registry.audit.AuditEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** audit_log in PostgreSQL; before and after are jsonb. */
@Repository
public class AuditStore {

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;

    AuditStore(NamedParameterJdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(
            Instant at,
            String actor,
            String modelName,
            String action,
            @Nullable String alias,
            @Nullable String version,
            @Nullable String before,
            @Nullable String after) {
        jdbc.update(
                "insert into audit_log (occurred_at, actor, model_name, action, alias, version, before, after)"
                        + " values (:at, :actor, :model, :action, :alias, :version, cast(:before as jsonb),"
                        + " cast(:after as jsonb))",
                new MapSqlParameterSource("at", Timestamp.from(at))
                        .addValue("actor", actor)
                        .addValue("model", modelName)
                        .addValue("action", action)
                        .addValue("alias", alias)
                        .addValue("version", version)
                        .addValue("before", before)
                        .addValue("after", after));
    }

    public List<AuditEntry> find(@Nullable String modelName, Instant from, Instant to, int limit) {
        return jdbc.query(
                "select * from audit_log where (cast(:model as text) is null or model_name = :model)"
                        + " and occurred_at >= :from and occurred_at < :to order by occurred_at, id limit :limit",
                new MapSqlParameterSource("model", modelName)
                        .addValue("from", Timestamp.from(from))
                        .addValue("to", Timestamp.from(to))
                        .addValue("limit", limit),
                this::entry);
    }

    /** The last move or deletion of the alias at or before {@code at}. */
    public Optional<AuditEntry> lastAliasChange(String modelName, String alias, Instant at) {
        return jdbc
                .query(
                        "select * from audit_log where model_name = :model and alias = :alias"
                                + " and action in ('ALIAS_MOVED', 'ALIAS_DELETED') and occurred_at <= :at"
                                + " order by occurred_at desc, id desc limit 1",
                        new MapSqlParameterSource("model", modelName)
                                .addValue("alias", alias)
                                .addValue("at", Timestamp.from(at)),
                        this::entry)
                .stream()
                .findFirst();
    }

    private AuditEntry entry(ResultSet rs, int row) throws SQLException {
        String before = rs.getString("before");
        String after = rs.getString("after");
        return new AuditEntry(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                rs.getString("model_name"),
                rs.getString("action"),
                rs.getString("alias"),
                rs.getString("version"),
                before == null ? null : json.readTree(before),
                after == null ? null : json.readTree(after));
    }
}
