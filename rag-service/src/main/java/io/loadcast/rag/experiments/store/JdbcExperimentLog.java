package io.loadcast.rag.experiments.store;

import io.loadcast.rag.experiments.ExperimentLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The experiment log in the {@code rag} database (tables in {@code db/migration/V1__experiments.sql}). */
@Repository
class JdbcExperimentLog implements ExperimentLog {

    private final JdbcClient jdbc;

    JdbcExperimentLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String assignOnce(String experimentId, String sessionId, String candidate) {
        // one round trip: the insert's row when the session is new, else the stored one (the select sees the
        // snapshot before the insert, so exactly one branch answers unless another replica inserted meanwhile)
        Optional<String> stored = jdbc.sql("""
                        with inserted as (
                            insert into variant_assignments (experiment_id, session_id, variant)
                            values (:experiment, :session, :variant)
                            on conflict (experiment_id, session_id) do nothing
                            returning variant)
                        select variant from inserted
                        union all
                        select variant from variant_assignments
                        where experiment_id = :experiment and session_id = :session
                        limit 1""")
                .param("experiment", experimentId)
                .param("session", sessionId)
                .param("variant", candidate)
                .query(String.class)
                .optional();
        return stored.orElseGet(
                () -> jdbc.sql("select variant from variant_assignments where experiment_id = ? and session_id = ?")
                        .params(experimentId, sessionId)
                        .query(String.class)
                        .single());
    }

    @Override
    public void record(
            String experimentId, String queryId, String variant, @Nullable String sessionId, double latencyMs) {
        jdbc.sql("insert into experiment_queries (query_id, experiment_id, variant, session_id, latency_ms)"
                        + " values (?, ?, ?, ?, ?)")
                .param(queryId)
                .param(experimentId)
                .param(variant)
                .param(sessionId)
                .param(latencyMs)
                .update();
    }

    @Override
    public Optional<Entry> rate(String queryId, int rating) {
        return jdbc.sql("update experiment_queries set rating = ?, rated_at = now() where query_id = ?"
                        + " returning query_id, variant, latency_ms, rating")
                .params(rating, queryId)
                .query(JdbcExperimentLog::entry)
                .optional();
    }

    @Override
    public List<Entry> entries(String experimentId) {
        return jdbc.sql("select query_id, variant, latency_ms, rating from experiment_queries where experiment_id = ?"
                        + " order by answered_at")
                .params(experimentId)
                .query(JdbcExperimentLog::entry)
                .list();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(
                rs.getString("query_id"),
                rs.getString("variant"),
                rs.getDouble("latency_ms"),
                rs.getObject("rating", Integer.class));
    }
}
