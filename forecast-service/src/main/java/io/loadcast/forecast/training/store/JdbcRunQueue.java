package io.loadcast.forecast.training.store;

import io.loadcast.forecast.training.QueuedRun;
import io.loadcast.forecast.training.RunQueue;
import io.loadcast.forecast.training.TrainingCommand;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The queue in table {@code training_runs}: QUEUED rows carry their command as JSON; a worker claims the first by
 * priority then age with {@code FOR UPDATE SKIP LOCKED}, so two workers (of one or several replicas) never take the
 * same run and neither waits for the other's lock.
 */
@Repository
class JdbcRunQueue implements RunQueue {

    private static final String QUEUE_ORDER = "order by priority desc, created_at, id";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    JdbcRunQueue(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public boolean enqueue(String id, TrainingCommand command) {
        return jdbc.update(con -> {
                    var ps = con.prepareStatement("insert into training_runs (id, status, family, series_ids,"
                            + " model_name, requested_by, epochs, created_at, command, priority, timeout_seconds,"
                            + " phase) values (?, 'QUEUED', ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, 'QUEUED')"
                            + " on conflict (id) do nothing");
                    ps.setString(1, id);
                    ps.setString(2, command.spec().family().slug());
                    ps.setArray(3, con.createArrayOf("text", command.seriesIds().toArray()));
                    ps.setString(4, command.modelName());
                    ps.setString(5, command.requestedBy());
                    ps.setInt(6, command.epochs());
                    ps.setTimestamp(7, Timestamp.from(clock.instant()));
                    ps.setString(8, json.writeValueAsString(command));
                    ps.setInt(9, command.priority().rank());
                    ps.setLong(10, command.timeout().toSeconds());
                    return ps;
                })
                == 1;
    }

    @Override
    public int queued() {
        Integer n = jdbc.queryForObject("select count(*) from training_runs where status = 'QUEUED'", Integer.class);
        return n == null ? 0 : n;
    }

    @Override
    public Optional<QueuedRun> claim(String worker) {
        return jdbc
                .query(
                        "update training_runs set status = 'RUNNING', phase = 'LOADING_DATA', worker = ?,"
                                + " started_at = now(), heartbeat_at = now() where id = (select id from"
                                + " training_runs where status = 'QUEUED' " + QUEUE_ORDER
                                + " limit 1 for update skip locked) returning id, command, created_at",
                        (rs, n) -> new QueuedRun(
                                rs.getString("id"),
                                json.readValue(rs.getString("command"), TrainingCommand.class),
                                rs.getTimestamp("created_at").toInstant()),
                        worker)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<Integer> position(String id) {
        return jdbc
                .query(
                        "select position from (select id, row_number() over (" + QUEUE_ORDER + ") as position"
                                + " from training_runs where status = 'QUEUED') q where id = ?",
                        (rs, n) -> rs.getInt("position"),
                        id)
                .stream()
                .findFirst();
    }

    @Override
    public CancelOutcome cancel(String id) {
        if (jdbc.update(
                        "update training_runs set status = 'CANCELLED', phase = 'DONE', error = 'cancelled',"
                                + " finished_at = now() where id = ? and status = 'QUEUED'",
                        id)
                == 1) {
            return CancelOutcome.CANCELLED;
        }
        if (jdbc.update("update training_runs set cancel_requested = true where id = ? and status = 'RUNNING'", id)
                == 1) {
            return CancelOutcome.REQUESTED;
        }
        Integer exists = jdbc.queryForObject("select count(*) from training_runs where id = ?", Integer.class, id);
        return exists != null && exists > 0 ? CancelOutcome.FINISHED : CancelOutcome.UNKNOWN;
    }

    @Override
    public Set<String> heartbeat(String worker, Collection<String> runIds) {
        if (runIds.isEmpty()) {
            return Set.of();
        }
        String[] ids = runIds.toArray(String[]::new);
        return new HashSet<>(jdbc
                .query(
                        con -> {
                            var ps = con.prepareStatement(
                                    "update training_runs set heartbeat_at = now()"
                                            + " where id = any(?) and worker = ? and status = 'RUNNING' returning id, cancel_requested");
                            ps.setArray(1, con.createArrayOf("text", ids));
                            ps.setString(2, worker);
                            return ps;
                        },
                        (rs, n) -> rs.getBoolean("cancel_requested") ? rs.getString("id") : "")
                .stream()
                .filter(id -> !id.isEmpty())
                .toList());
    }

    @Override
    public void requeue(String id) {
        jdbc.update(
                "update training_runs set status = 'QUEUED', phase = 'QUEUED', worker = null, started_at = null,"
                        + " heartbeat_at = null, epoch = 0, batch = 0, batches = 0, loss = null, registry_run_id = null"
                        + " where id = ? and status = 'RUNNING'",
                id);
    }

    @Override
    public int failStale(Duration staleAfter, String reason) {
        return jdbc.update(
                "update training_runs set status = 'FAILED', phase = 'DONE', error = ?, finished_at = now()"
                        + " where status = 'RUNNING' and (heartbeat_at is null"
                        + " or heartbeat_at < now() - make_interval(secs => ?))",
                reason,
                (double) staleAfter.toMillis() / 1000.0);
    }
}
