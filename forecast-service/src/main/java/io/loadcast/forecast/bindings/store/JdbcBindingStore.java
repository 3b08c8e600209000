package io.loadcast.forecast.bindings.store;

import io.loadcast.forecast.bindings.AuditAction;
import io.loadcast.forecast.bindings.AuditEntry;
import io.loadcast.forecast.bindings.BindingStore;
import io.loadcast.forecast.bindings.ServingBinding;
import io.loadcast.forecast.bindings.TakeoverDecision;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Tables {@code serving_bindings}, {@code serving_audit} and (through {@link JdbcTakeovers}) {@code serving_takeovers}. */
@Repository
class JdbcBindingStore implements BindingStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BINDING = "select series_id, model_name, model_version, model_alias, set_by, set_at,"
            + " reason from serving_bindings";

    private final JdbcTemplate jdbc;
    private final JdbcTakeovers takeovers;

    JdbcBindingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.takeovers = new JdbcTakeovers(jdbc);
    }

    @Override
    public Optional<ServingBinding> find(String seriesId) {
        return jdbc.query(BINDING + " where series_id = ?", JdbcBindingStore::binding, seriesId).stream()
                .findFirst();
    }

    @Override
    public List<ServingBinding> all() {
        return jdbc.query(BINDING + " order by series_id", JdbcBindingStore::binding);
    }

    @Override
    public Optional<ServingBinding> put(ServingBinding b) {
        Optional<ServingBinding> before =
                jdbc
                        .query(BINDING + " where series_id = ? for update", JdbcBindingStore::binding, b.seriesId())
                        .stream()
                        .findFirst();
        jdbc.update(
                "insert into serving_bindings (series_id, model_name, model_version, model_alias, set_by, set_at,"
                        + " reason) values (?, ?, ?, ?, ?, ?, ?) on conflict (series_id) do update set"
                        + " model_name = excluded.model_name, model_version = excluded.model_version,"
                        + " model_alias = excluded.model_alias, set_by = excluded.set_by, set_at = excluded.set_at,"
                        + " reason = excluded.reason",
                b.seriesId(),
                b.modelName(),
                b.version(),
                b.alias(),
                b.setBy(),
                Timestamp.from(b.setAt()),
                b.reason());
        return before;
    }

    @Override
    public Optional<ServingBinding> delete(String seriesId) {
        return jdbc
                .query(
                        "delete from serving_bindings where series_id = ? returning series_id, model_name,"
                                + " model_version, model_alias, set_by, set_at, reason",
                        JdbcBindingStore::binding,
                        seriesId)
                .stream()
                .findFirst();
    }

    @Override
    public void audit(AuditEntry e) {
        jdbc.update(
                "insert into serving_audit (occurred_at, actor, series_id, action, before, after)"
                        + " values (?, ?, ?, ?, ?::jsonb, ?::jsonb)",
                Timestamp.from(e.occurredAt()),
                e.actor(),
                e.seriesId(),
                e.action().name(),
                json(e.before()),
                json(e.after()));
    }

    @Override
    public List<AuditEntry> audit(@Nullable String seriesId, int limit) {
        return jdbc.query(
                "select id, occurred_at, actor, series_id, action, before::text, after::text from serving_audit"
                        + " where (?::text is null or series_id = ?) order by id desc limit ?",
                (rs, i) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("series_id"),
                        AuditAction.valueOf(rs.getString("action")),
                        tree(rs.getString("before")),
                        tree(rs.getString("after"))),
                seriesId,
                seriesId,
                limit);
    }

    @Override
    public Optional<TakeoverDecision> insert(TakeoverDecision decision) {
        return takeovers.insert(decision);
    }

    @Override
    public Optional<TakeoverDecision> remeasure(long id, TakeoverDecision measured) {
        return takeovers.remeasure(id, measured);
    }

    @Override
    public Optional<TakeoverDecision> decision(
            String seriesId, String challenger, String challengerVersion, String incumbent, String incumbentVersion) {
        return takeovers.find(seriesId, challenger, challengerVersion, incumbent, incumbentVersion);
    }

    @Override
    public List<TakeoverDecision> decisions(@Nullable String seriesId, int limit) {
        return takeovers.list(seriesId, limit);
    }

    private static ServingBinding binding(ResultSet rs, int row) throws SQLException {
        return new ServingBinding(
                rs.getString("series_id"),
                rs.getString("model_name"),
                rs.getString("model_version"),
                rs.getString("model_alias"),
                rs.getString("set_by"),
                rs.getTimestamp("set_at").toInstant(),
                rs.getString("reason"));
    }

    private static @Nullable String json(@Nullable JsonNode node) {
        return node == null ? null : JSON.writeValueAsString(node);
    }

    private static @Nullable JsonNode tree(@Nullable String text) {
        return text == null ? null : JSON.readTree(text);
    }
}
