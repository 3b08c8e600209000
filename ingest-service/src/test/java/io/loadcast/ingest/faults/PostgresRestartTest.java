package io.loadcast.ingest.faults;

import static io.loadcast.ingest.TestKafka.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.loadcast.contracts.Topics;
import io.loadcast.ingest.TestKafka;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fault test against real parts: the PostgreSQL server is stopped while devices keep sending raw readings and started
 * again on the same data directory and port. Every reading must end up stored once and published, none lost or doubled.
 * Its own context and server (the shared one of the other tests is left alone).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "loadcast.security.local-key=pg-restart-test-key",
            "loadcast.ingest.kafka.partitions=2",
            "loadcast.ingest.kafka.retry-max=PT1S",
            "loadcast.ingest.kafka.give-up-after=PT5M",
            "loadcast.ingest.kafka.publish-timeout=PT10S",
            "spring.datasource.hikari.connection-timeout=2000",
            "spring.kafka.producer.properties.delivery.timeout.ms=5000",
            "spring.kafka.producer.properties.request.timeout.ms=4000"
        })
@EmbeddedKafka(partitions = 2, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class PostgresRestartTest {

    private static final int READINGS = 300;
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static Path dataDir;
    private static int port;
    private static EmbeddedPostgres postgres;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        dataDir = Files.createTempDirectory("ingest-pg-restart");
        postgres = start(0);
        port = postgres.getPort();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE ingest");
        }
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + port + "/ingest");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    private static EmbeddedPostgres start(int onPort) throws IOException {
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false);
        if (onPort > 0) {
            builder.setPort(onPort);
        }
        return builder.start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void losesAndDoublesNothingWhenPostgresRestartsMidIngest() throws Exception {
        String series = "pg-restart-" + UUID.randomUUID().toString().substring(0, 8);
        Instant base = Instant.parse("2024-01-01T00:00:00Z");
        try (KafkaProducer<String, byte[]> producer = TestKafka.producer(bootstrap)) {
            for (int i = 0; i < READINGS; i++) {
                if (i == READINGS / 3) {
                    await().atMost(WAIT).until(() -> stored(series) > 0);
                    postgres.close();
                }
                if (i == 2 * READINGS / 3) {
                    Thread.sleep(3000);
                    postgres = start(port);
                }
                String json =
                        """
                        {"eventId":"%s","occurredAt":"%s","seriesId":"%s","timestamp":"%s","value":%d,"unit":"MW","source":"m"}""".formatted(UUID.randomUUID(), Instant.now(), series, base.plusSeconds(1800L * i), 500 + i);
                producer.send(record(Topics.READINGS_RAW, series, json)).get();
                Thread.sleep(10);
            }
        }

        await().atMost(WAIT).ignoreExceptions().until(() -> stored(series) == READINGS);
        assertThat(jdbc.queryForObject(
                        "select count(*) from reading_revisions r join series s on s.key = r.series_key where s.id = ?",
                        Long.class,
                        series))
                .isZero();
        // until every reading is seen: a record published twice is tolerated, a missing one is not
        var published = TestKafka.readUntil(
                bootstrap,
                Topics.READINGS,
                r -> series.equals(r.key()),
                records -> TestKafka.readingTimestamps(records).size() == READINGS,
                Duration.ofSeconds(20));
        assertThat(TestKafka.readingTimestamps(published)).hasSize(READINGS);
        assertThat(TestKafka.read(
                        bootstrap,
                        Topics.READINGS_DLQ,
                        r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8).contains(series),
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
