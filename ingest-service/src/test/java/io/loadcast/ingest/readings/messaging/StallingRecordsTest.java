package io.loadcast.ingest.readings.messaging;

import static io.loadcast.ingest.TestKafka.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.loadcast.contracts.Topics;
import io.loadcast.ingest.IngestIntegrationTest;
import io.loadcast.ingest.TestHttp;
import io.loadcast.ingest.TestKafka;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 15: one record or one failing batch must never stop a raw-readings partition for good. */
@IngestIntegrationTest
class StallingRecordsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Admin admin;
    String series;

    @BeforeEach
    void setUp() {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        series = "stall-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void tearDown() {
        admin.close();
    }

    private String reading(int halfHour, String source) {
        return """
                {"eventId":"%s","occurredAt":"%s","seriesId":"%s","timestamp":"%s","value":%d,"unit":"MW","source":"%s"}""".formatted(
                        UUID.randomUUID(),
                        Instant.now(),
                        series,
                        Instant.parse("2024-01-01T00:00:00Z").plusSeconds(1800L * halfHour),
                        100 + halfHour,
                        source);
    }

    private long stored() {
        return jdbc.queryForObject(
                "select count(*) from readings r join series s on s.key = r.series_key where s.id = ?",
                Long.class,
                series);
    }

    private List<JsonNode> deadLetters(int expected) {
        return TestKafka.read(
                        bootstrap,
                        Topics.READINGS_DLQ,
                        r -> new String(
                                        Base64.getDecoder()
                                                .decode(JSON.readTree(r.value())
                                                        .path("originalPayloadBase64")
                                                        .asString()),
                                        StandardCharsets.UTF_8)
                                .contains(series),
                        expected,
                        WAIT)
                .stream()
                .map(r -> JSON.readTree(r.value()))
                .toList();
    }

    @Test
    void deadLettersAMegabyteRecordTruncatedAndStoresTheGoodRecordsBehindIt() throws Exception {
        byte[] huge = reading(0, "x".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8);
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        records.add(new ProducerRecord<>(Topics.READINGS_RAW, series, huge));
        for (int i = 1; i <= 3; i++) {
            records.add(record(Topics.READINGS_RAW, series, reading(i, "meter")));
        }

        TestKafka.send(bootstrap, Topics.READINGS_RAW, records);

        await().atMost(WAIT).until(() -> stored() == 3);
        JsonNode dead = deadLetters(1).get(0);
        assertThat(dead.path("reason").asString()).isEqualTo("RECORD_TOO_LARGE");
        assertThat(dead.path("payloadTruncated").asBoolean()).isTrue();
        assertThat(dead.path("originalLength").asInt()).isEqualTo(huge.length);
        assertThat(dead.path("originalSha256").asString())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(huge)));
        byte[] kept =
                Base64.getDecoder().decode(dead.path("originalPayloadBase64").asString());
        assertThat(kept).hasSize(16384).isEqualTo(java.util.Arrays.copyOf(huge, 16384));
        // the offset moved past the big record: a record sent after it is stored as well
        TestKafka.send(bootstrap, Topics.READINGS_RAW, List.of(record(Topics.READINGS_RAW, series, reading(4, "m"))));
        await().atMost(WAIT).until(() -> stored() == 4);
    }

    @Test
    void reportsTheStallThenDeadLettersABatchThatStillFailsAfterBoundedRetries() throws Exception {
        TestHttp http = new TestHttp(port);
        ConfigResource readingsTopic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.READINGS);
        alterMaxMessageBytes(readingsTopic, "16");
        try {
            TestKafka.send(
                    bootstrap,
                    Topics.READINGS_RAW,
                    List.of(
                            record(Topics.READINGS_RAW, series, reading(0, "m")),
                            record(Topics.READINGS_RAW, series, reading(1, "m"))));

            await().atMost(WAIT)
                    .until(() -> http.get("/actuator/health/readiness").statusCode() == 503);
            JsonNode readiness =
                    JSON.readTree(http.get("/actuator/health/readiness").body());
            assertThat(readiness.at("/components/rawPartitions/status").asString())
                    .isEqualTo("DOWN");
            assertThat(http.get("/actuator/prometheus").body())
                    .containsPattern("loadcast_ingest_partition_stalled\\{[^}]*} [1-9]")
                    .containsPattern("loadcast_ingest_batch_failures_total\\{[^}]*} [1-9]");

            List<JsonNode> dead = deadLetters(2);
            assertThat(dead).hasSize(2).allSatisfy(event -> {
                assertThat(event.path("reason").asString()).isEqualTo("PROCESSING_FAILED");
                assertThat(event.path("detail").asString()).contains("RecordTooLargeException");
            });
            await().atMost(WAIT)
                    .until(() -> http.get("/actuator/health/readiness").statusCode() == 200);
        } finally {
            alterMaxMessageBytes(readingsTopic, null);
        }
        // the partition moves on: a later reading is stored and published
        TestKafka.send(bootstrap, Topics.READINGS_RAW, List.of(record(Topics.READINGS_RAW, series, reading(5, "m"))));
        assertThat(TestKafka.read(bootstrap, Topics.READINGS, r -> series.equals(r.key()), 1, WAIT))
                .isNotEmpty();
    }

    private void alterMaxMessageBytes(ConfigResource topic, String value) throws Exception {
        AlterConfigOp op = value == null
                ? new AlterConfigOp(new ConfigEntry("max.message.bytes", ""), AlterConfigOp.OpType.DELETE)
                : new AlterConfigOp(new ConfigEntry("max.message.bytes", value), AlterConfigOp.OpType.SET);
        admin.incrementalAlterConfigs(Map.of(topic, List.of(op))).all().get();
    }
}
