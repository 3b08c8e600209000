package io.loadcast.forecast.training.store;

import io.loadcast.forecast.training.BacktestSummary;
import io.loadcast.forecast.training.RunHistory;
import io.loadcast.forecast.training.TrainingPhase;
import io.loadcast.forecast.training.TrainingPriority;
import io.loadcast.forecast.training.TrainingRun;
import io.loadcast.forecast.training.TrainingStatus;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Training runs in table {@code training_runs}; the backtest figures as JSON. */
@Repository
class JdbcRunHistory implements RunHistory {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    JdbcRunHistory(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void save(TrainingRun run, String requestedBy) {
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into training_runs (id, status, family, series_ids,"
                    + " model_name, requested_by, epoch, epochs, loss, created_at, finished_at,"
                    + " registry_run_id, model_version, backtest, error, priority, phase, batch, batches, started_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?)"
                    + " on conflict (id) do update set status = excluded.status, epoch = excluded.epoch,"
                    + " epochs = excluded.epochs, loss = excluded.loss, finished_at = excluded.finished_at,"
                    + " registry_run_id = excluded.registry_run_id, model_version = excluded.model_version,"
                    + " backtest = excluded.backtest, error = excluded.error, phase = excluded.phase,"
                    + " batch = excluded.batch, batches = excluded.batches, started_at = excluded.started_at"
                    + " where training_runs.status in ('QUEUED', 'RUNNING')");
            ps.setString(1, run.id());
            ps.setString(2, run.status().name());
            ps.setString(3, run.family());
            ps.setArray(4, con.createArrayOf("text", run.seriesIds().toArray()));
            ps.setString(5, run.modelName());
            ps.setString(6, requestedBy);
            ps.setInt(7, run.epoch());
            ps.setInt(8, run.epochs());
            ps.setObject(9, run.loss());
            ps.setTimestamp(10, Timestamp.from(run.createdAt()));
            ps.setTimestamp(11, timestamp(run.finishedAt()));
            ps.setString(12, run.registryRunId());
            ps.setString(13, run.modelVersion());
            ps.setString(14, run.backtest() == null ? null : json.writeValueAsString(run.backtest()));
            ps.setString(15, run.error());
            ps.setInt(16, run.priority().rank());
            ps.setString(17, run.phase().name());
            ps.setInt(18, run.batch());
            ps.setInt(19, run.batches());
            ps.setTimestamp(20, timestamp(run.startedAt()));
            return ps;
        });
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Optional<TrainingRun> find(String id) {
        return jdbc.query("select * from training_runs where id = ?", (rs, n) -> row(rs, n, json), id).stream()
                .findFirst();
    }

    @Override
    public List<TrainingRun> list(@Nullable String seriesId, @Nullable TrainingStatus status, int limit) {
        StringBuilder sql = new StringBuilder("select * from training_runs where true");
        List<Object> args = new ArrayList<>();
        if (seriesId != null) {
            sql.append(" and ? = any(series_ids)");
            args.add(seriesId);
        }
        if (status != null) {
            sql.append(" and status = ?");
            args.add(status.name());
        }
        sql.append(" order by created_at desc, id limit ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, n) -> row(rs, n, json), args.toArray());
    }

    /** A row as the API shows it; the queue position is the facade's to add. */
    static TrainingRun row(ResultSet rs, int rowNum, JsonMapper json) throws SQLException {
        Array series = rs.getArray("series_ids");
        String backtest = rs.getString("backtest");
        String phase = rs.getString("phase");
        TrainingStatus status = TrainingStatus.valueOf(rs.getString("status"));
        return new TrainingRun(
                rs.getString("id"),
                status,
                rs.getString("family"),
                List.of((String[]) series.getArray()),
                TrainingPriority.ofRank(rs.getInt("priority")),
                null,
                phase != null
                        ? TrainingPhase.valueOf(phase)
                        : status.finished() ? TrainingPhase.DONE : TrainingPhase.QUEUED,
                rs.getInt("epoch"),
                rs.getInt("epochs"),
                rs.getInt("batch"),
                rs.getInt("batches"),
                rs.getObject("loss") == null ? null : rs.getDouble("loss"),
                null,
                instant(rs.getTimestamp("created_at")),
                instantOrNull(rs.getTimestamp("started_at")),
                instantOrNull(rs.getTimestamp("finished_at")),
                rs.getString("registry_run_id"),
                rs.getString("model_name"),
                rs.getString("model_version"),
                backtest == null ? null : json.readValue(backtest, BacktestSummary.class),
                rs.getString("error"));
    }

    private static Instant instant(Timestamp t) {
        return t.toInstant();
    }

    private static @Nullable Instant instantOrNull(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
