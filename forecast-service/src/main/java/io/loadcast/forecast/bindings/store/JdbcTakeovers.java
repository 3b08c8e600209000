package io.loadcast.forecast.bindings.store;

import io.loadcast.forecast.bindings.TakeoverDecision;
import io.loadcast.forecast.bindings.TakeoverOutcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** Table {@code serving_takeovers}: one decision per series and pair of versions, the first one stored wins. */
final class JdbcTakeovers {

    private static final String SELECT = "select id, decided_at, series_id, challenger_model, challenger_version,"
            + " incumbent_model, incumbent_version, outcome, metric, challenger_error, incumbent_error,"
            + " improvement_percent, window_from, window_to, reason from serving_takeovers";

    private final JdbcTemplate jdbc;

    JdbcTakeovers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TakeoverDecision> insert(TakeoverDecision d) {
        List<Long> ids = jdbc.queryForList(
                "insert into serving_takeovers (decided_at, series_id, challenger_model, challenger_version,"
                        + " incumbent_model, incumbent_version, outcome, metric, challenger_error, incumbent_error,"
                        + " improvement_percent, window_from, window_to, reason)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id",
                Long.class,
                Timestamp.from(d.decidedAt()),
                d.seriesId(),
                d.challengerModel(),
                d.challengerVersion(),
                d.incumbentModel(),
                d.incumbentVersion(),
                d.outcome().name(),
                d.metric(),
                d.challengerError(),
                d.incumbentError(),
                d.improvementPercent(),
                timestamp(d.windowFrom()),
                timestamp(d.windowTo()),
                d.reason());
        return ids.stream().findFirst().map(id -> withId(id, d));
    }

    Optional<TakeoverDecision> remeasure(long id, TakeoverDecision d) {
        int updated = jdbc.update(
                "update serving_takeovers set decided_at = ?, outcome = ?, metric = ?, challenger_error = ?,"
                        + " incumbent_error = ?, improvement_percent = ?, window_from = ?, window_to = ?, reason = ?"
                        + " where id = ? and outcome = 'NOT_MEASURED'",
                Timestamp.from(d.decidedAt()),
                d.outcome().name(),
                d.metric(),
                d.challengerError(),
                d.incumbentError(),
                d.improvementPercent(),
                timestamp(d.windowFrom()),
                timestamp(d.windowTo()),
                d.reason(),
                id);
        return updated == 1 ? Optional.of(withId(id, d)) : Optional.empty();
    }

    Optional<TakeoverDecision> find(
            String seriesId, String challenger, String challengerVersion, String incumbent, String incumbentVersion) {
        return jdbc
                .query(
                        SELECT + " where series_id = ? and challenger_model = ? and challenger_version = ?"
                                + " and incumbent_model = ? and incumbent_version = ?",
                        JdbcTakeovers::decision,
                        seriesId,
                        challenger,
                        challengerVersion,
                        incumbent,
                        incumbentVersion)
                .stream()
                .findFirst();
    }

    List<TakeoverDecision> list(@Nullable String seriesId, int limit) {
        return jdbc.query(
                SELECT + " where (?::text is null or series_id = ?) order by id desc limit ?",
                JdbcTakeovers::decision,
                seriesId,
                seriesId,
                limit);
    }

    private static TakeoverDecision withId(long id, TakeoverDecision d) {
        return new TakeoverDecision(
                id,
                d.decidedAt(),
                d.seriesId(),
                d.challengerModel(),
                d.challengerVersion(),
                d.incumbentModel(),
                d.incumbentVersion(),
                d.outcome(),
                d.metric(),
                d.challengerError(),
                d.incumbentError(),
                d.improvementPercent(),
                d.windowFrom(),
                d.windowTo(),
                d.reason());
    }

    private static TakeoverDecision decision(ResultSet rs, int row) throws SQLException {
        return new TakeoverDecision(
                rs.getLong("id"),
                rs.getTimestamp("decided_at").toInstant(),
                rs.getString("series_id"),
                rs.getString("challenger_model"),
                rs.getString("challenger_version"),
                rs.getString("incumbent_model"),
                rs.getString("incumbent_version"),
                TakeoverOutcome.valueOf(rs.getString("outcome")),
                rs.getString("metric"),
                number(rs, "challenger_error"),
                number(rs, "incumbent_error"),
                number(rs, "improvement_percent"),
                instant(rs.getTimestamp("window_from")),
                instant(rs.getTimestamp("window_to")),
                rs.getString("reason"));
    }

    private static @Nullable Double number(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
