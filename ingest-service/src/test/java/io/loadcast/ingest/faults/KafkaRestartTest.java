package io.loadcast.ingest.faults;

import static io.loadcast.ingest.TestKafka.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.loadcast.contracts.Topics;
import io.loadcast.ingest.TestKafka;
import io.loadcast.starter.testing.EmbeddedPostgresDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fault test against real parts: the Kafka broker is shut down while ingest-service is working through a burst of raw
 * readings, and started again on the same port and log directory. Every reading must end up stored once (no reading
 * lost, no revision from a reading processed twice) and published, nothing dead-lettered. Its own context, broker and
 * database.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "loadcast.security.local-key=kafka-restart-test-key",
            "loadcast.ingest.kafka.partitions=2",
            "loadcast.ingest.kafka.retry-max=PT1S",
            "loadcast.ingest.kafka.give-up-after=PT5M",
            "loadcast.ingest.kafka.publish-timeout=PT10S",
            "spring.kafka.producer.properties.delivery.timeout.ms=30000",
            "spring.kafka.producer.properties.request.timeout.ms=5000",
            "spring.kafka.consumer.properties.max.poll.records=50"
        })
class KafkaRestartTest {

    private static final int READINGS = 2_000;
    private static final Duration WAIT = Duration.ofSeconds(180);
    private static RestartableKafka kafka;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
        kafka = new RestartableKafka(
                Files.createTempDirectory("ingest-kafka-restart").resolve("logs"));
        kafka.start();
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrap);
        EmbeddedPostgresDatabase.register(registry, "ingest_kafka_restart");
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    @Test
    void losesAndDoublesNothingWhenTheBrokerRestartsMidIngest() throws Exception {
        String series = "kafka-restart-" + UUID.randomUUID().toString().substring(0, 8);
        Instant base = Instant.parse("2024-01-01T00:00:00Z");
        try (KafkaProducer<String, byte[]> producer = TestKafka.producer(kafka.bootstrap())) {
            for (int i = 0; i < READINGS; i++) {
                String json =
                        """
                        {"eventId":"%s","occurredAt":"%s","seriesId":"%s","timestamp":"%s","value":%d,"unit":"MW","source":"m"}""".formatted(UUID.randomUUID(), Instant.now(), series, base.plusSeconds(1800L * i), 500 + i);
                producer.send(record(Topics.READINGS_RAW, series, json));
            }
            producer.flush();
        }
        // mid-ingest: some readings stored, most still to come
        await().atMost(WAIT).until(() -> stored(series) > 0);
        long before = stored(series);
        kafka.stop();
        Thread.sleep(5_000);
        kafka.start();

        await().atMost(WAIT).ignoreExceptions().until(() -> stored(series) == READINGS);
        assertThat(before).as("the broker stopped mid-ingest").isLessThan(READINGS);
        assertThat(jdbc.queryForObject(
                        "select count(*) from reading_revisions r join series s on s.key = r.series_key where s.id = ?",
                        Long.class,
                        series))
                .as("no reading processed twice as a revision")
                .isZero();
        // until every reading is seen: a record published twice is tolerated, a missing one is not
        var published = TestKafka.readUntil(
                kafka.bootstrap(),
                Topics.READINGS,
                r -> series.equals(r.key()),
                records -> TestKafka.readingTimestamps(records).size() == READINGS,
                Duration.ofSeconds(30));
        assertThat(TestKafka.readingTimestamps(published))
                .as("every reading published")
                .hasSize(READINGS);
        assertThat(TestKafka.read(
                        kafka.bootstrap(),
                        Topics.READINGS_DLQ,
                        r -> new String(r.value(), StandardCharsets.UTF_8).contains(series),
                        1,
                        Duration.ofSeconds(3)))
                .as("nothing dead-lettered")
                .isEmpty();
    }

    private long stored(String series) {
        return jdbc.queryForObject(
                "select count(*) from readings r join series s on s.key = r.series_key where s.id = ?",
                Long.class,
                series);
    }
}
