package io.loadcast.ingest.readings.messaging;

import io.loadcast.ingest.IngestProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Which raw-readings partitions have a batch that keeps failing, and since when. A partition failing longer than
 * {@code stall-after} is stalled: it is logged at ERROR once, counted in {@code loadcast.ingest.partition.stalled} and
 * turns readiness DOWN (this bean is the {@code rawPartitions} health contributor of the readiness group) until a
 * batch of it succeeds or its records are dead-lettered.
 */
@Component("rawPartitions")
class PartitionStalls implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(PartitionStalls.class);

    private final Map<TopicPartition, Instant> failingSince = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Boolean> reported = new ConcurrentHashMap<>();
    private final Duration stallAfter;
    private final Clock clock;
    private final Counter failures;

    PartitionStalls(IngestProperties properties, Clock clock, MeterRegistry registry) {
        this.stallAfter = properties.kafka().stallAfter();
        this.clock = clock;
        this.failures = Counter.builder("loadcast.ingest.batch.failures")
                .description("raw-readings batches that failed (database or broker) and are retried")
                .register(registry);
        Gauge.builder("loadcast.ingest.partition.stalled", this, PartitionStalls::stalledCount)
                .description("raw-readings partitions whose batch has failed for longer than stall-after")
                .register(registry);
    }

    void failed(Collection<TopicPartition> partitions, Exception cause) {
        failures.increment();
        Instant now = clock.instant();
        for (TopicPartition partition : partitions) {
            Instant since = failingSince.computeIfAbsent(partition, p -> now);
            if (isStalled(since, now) && reported.putIfAbsent(partition, Boolean.TRUE) == null) {
                log.error(
                        "partition {} stalled: its batch has failed since {} ({})", partition, since, cause.toString());
            }
        }
        log.warn("batch of partitions {} failed, retried with back-off: {}", partitions, cause.toString());
    }

    void cleared(Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            if (failingSince.remove(partition) != null) {
                reported.remove(partition);
                log.info("partition {} moves again", partition);
            }
        }
    }

    int stalledCount() {
        Instant now = clock.instant();
        return (int) failingSince.values().stream()
                .filter(since -> isStalled(since, now))
                .count();
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        Map<String, Object> stalled = new java.util.TreeMap<>();
        failingSince.forEach((partition, since) -> {
            if (isStalled(since, now)) {
                stalled.put(partition.toString(), since.toString());
            }
        });
        return stalled.isEmpty()
                ? Health.up().build()
                : Health.down().withDetail("stalledSince", stalled).build();
    }

    private boolean isStalled(Instant since, Instant now) {
        return !since.plus(stallAfter).isAfter(now);
    }
}
