package io.loadcast.registry.events;

import io.loadcast.registry.RegistryProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends committed outbox rows to Kafka in id order and marks them sent. Rows are locked with SKIP LOCKED so replicas
 * share the work; a crash after send and before marking re-sends the event (at-least-once, consumers dedupe on
 * {@code eventId}).
 */
@Component
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private record Pending(long id, String topic, String key, String payload) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final KafkaTemplate<String, String> kafka;
    private final long intervalMillis;
    private final Counter sent;
    private volatile @Nullable ScheduledExecutorService executor;

    OutboxRelay(
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            KafkaTemplate<String, String> kafka,
            RegistryProperties properties,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.kafka = kafka;
        this.intervalMillis = properties.outboxInterval().toMillis();
        this.sent = Counter.builder("loadcast.registry.outbox.sent")
                .description("model events sent from the outbox to Kafka")
                .register(meters);
        meters.gauge("loadcast.registry.outbox.pending", this, OutboxRelay::pendingCount);
    }

    /** Sends every pending event; returns how many were sent. */
    public int relayPending() {
        Integer count = tx.execute(status -> {
            List<Pending> rows = jdbc.query(
                    "select id, topic, event_key, payload from outbox where sent_at is null"
                            + " order by id limit 500 for update skip locked",
                    (rs, i) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            for (Pending row : rows) {
                try {
                    kafka.send(row.topic(), row.key(), row.payload()).get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // stop at the first failure so events keep their order; the rest waits for the next round
                    log.warn("Outbox row {} not sent, will retry: {}", row.id(), e.toString());
                    return markSent(rows.subList(0, rows.indexOf(row)));
                }
            }
            return markSent(rows);
        });
        return count == null ? 0 : count;
    }

    public long pendingCount() {
        Long count = jdbc.queryForObject("select count(*) from outbox where sent_at is null", Long.class);
        return count == null ? 0 : count;
    }

    private int markSent(List<Pending> rows) {
        for (Pending row : rows) {
            jdbc.update("update outbox set sent_at = now() where id = ?", row.id());
        }
        sent.increment(rows.size());
        return rows.size();
    }

    @Override
    public synchronized void start() {
        if (executor == null) {
            ScheduledExecutorService started =
                    Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "outbox-relay"));
            executor = started;
            started.scheduleWithFixedDelay(this::safeRelay, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService running = executor;
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private void safeRelay() {
        try {
            relayPending();
        } catch (RuntimeException e) {
            log.warn("Outbox relay round failed, will retry: {}", e.toString());
        }
    }
}
