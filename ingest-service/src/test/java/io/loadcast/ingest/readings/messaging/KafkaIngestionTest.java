package io.loadcast.ingest.readings.messaging;

import static io.loadcast.ingest.TestKafka.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.loadcast.contracts.Topics;
import io.loadcast.ingest.IngestIntegrationTest;
import io.loadcast.ingest.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IngestIntegrationTest
class KafkaIngestionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String GROUP = "ingest-service";

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    Admin admin;
    String series;
    Instant base = Instant.parse("2024-01-01T00:00:00Z");

    @BeforeEach
    void setUp() {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        series = "site-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void tearDown() {
        admin.close();
    }

    private String reading(int halfHour, double value) {
        return """
                {"eventId":"%s","occurredAt":"%s","seriesId":"%s","timestamp":"%s","value":%s,"unit":"MW","source":"meter-7"}""".formatted(UUID.randomUUID(), Instant.now(), series, base.plusSeconds(1800L * halfHour), value);
    }

    private List<ProducerRecord<String, byte[]>> goodReadings(int count, double offset) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(record(Topics.READINGS_RAW, series, reading(i, 1000 + i + offset)));
        }
        return records;
    }

    private long stored() {
        return jdbc.queryForObject(
                "select count(*) from readings r join series s on s.key = r.series_key where s.id = ?",
                Long.class,
                series);
    }

    private long revisions() {
        return jdbc.queryForObject(
                "select count(*) from reading_revisions r join series s on s.key = r.series_key where s.id = ?",
                Long.class,
                series);
    }

    private List<JsonNode> published(int expected) {
        return TestKafka.read(bootstrap, Topics.READINGS, r -> series.equals(r.key()), expected, WAIT).stream()
                .map(r -> JSON.readTree(r.value()))
                .toList();
    }

    private boolean allCommitted() throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata()
                .get();
        var partitions = committed.keySet().stream()
                .filter(tp -> tp.topic().equals(Topics.READINGS_RAW))
                .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
        if (partitions.isEmpty()) {
            return false;
        }
        var ends = admin.listOffsets(partitions).all().get();
        return partitions.keySet().stream()
                .allMatch(tp -> committed.get(tp).offset() == ends.get(tp).offset());
    }

    @Test
    void storesGoodReadingsAndSendsPoisonPillsToTheDeadLetterTopicWithoutStallingThePartition() throws Exception {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(goodReadings(3, 0));
        String poison = "{not json from " + series;
        records.add(record(Topics.READINGS_RAW, series, poison));
        records.add(record(Topics.READINGS_RAW, series, reading(10, -5)));
        records.add(record(
                Topics.READINGS_RAW,
                series,
                reading(11, 1).replace(base.plusSeconds(1800L * 11).toString(), "2099-01-01T00:00:00Z")));
        records.add(record(Topics.READINGS_RAW, series, reading(4, 1004)));
        records.add(record(Topics.READINGS_RAW, series, reading(5, 1005)));

        TestKafka.send(bootstrap, Topics.READINGS_RAW, records);

        await().atMost(WAIT).until(() -> stored() == 5);
        assertThat(published(5)).hasSize(5).allSatisfy(event -> {
            assertThat(event.path("seriesId").asString()).isEqualTo(series);
            assertThat(event.path("revision").asInt()).isZero();
        });
        List<ConsumerRecord<String, byte[]>> dead = TestKafka.read(
                bootstrap,
                Topics.READINGS_DLQ,
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(series)
                        || new String(
                                        Base64.getDecoder()
                                                .decode(JSON.readTree(r.value())
                                                        .path("originalPayloadBase64")
                                                        .asString()),
                                        StandardCharsets.UTF_8)
                                .contains(series),
                3,
                WAIT);
        List<JsonNode> events = dead.stream().map(r -> JSON.readTree(r.value())).toList();
        assertThat(events)
                .extracting(e -> e.path("reason").asString())
                .containsExactlyInAnyOrder("MALFORMED_JSON", "NEGATIVE_VALUE", "FUTURE_TIMESTAMP");
        JsonNode pill = events.stream()
                .filter(e -> e.path("reason").asString().equals("MALFORMED_JSON"))
                .findFirst()
                .orElseThrow();
        assertThat(Base64.getDecoder().decode(pill.path("originalPayloadBase64").asString()))
                .isEqualTo(poison.getBytes(StandardCharsets.UTF_8));
        assertThat(pill.path("topic").asString()).isEqualTo(Topics.READINGS_RAW);
        assertThat(pill.path("offset").asLong()).isGreaterThanOrEqualTo(0);
        JsonNode negative = events.stream()
                .filter(e -> e.path("reason").asString().equals("NEGATIVE_VALUE"))
                .findFirst()
                .orElseThrow();
        assertThat(negative.path("field").asString()).isEqualTo("value");
        assertThat(negative.path("seriesId").asString()).isEqualTo(series);
    }

    @Test
    void replayingThePartitionsFromTheStartLeavesTheStoreUnchanged() throws Exception {
        TestKafka.send(bootstrap, Topics.READINGS_RAW, goodReadings(10, 0));
        await().atMost(WAIT).until(() -> stored() == 10 && allCommitted());
        Map<String, Object> before = jdbc.queryForMap(
                "select count(*) as n, sum(value) as total, max(revision) as rev from readings r join series s on s.key = r.series_key where s.id = ?",
                series);

        MessageListenerContainer container = listeners.getListenerContainer(RawReadingsListener.ID);
        container.stop();
        var partitions = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get().keySet().stream()
                .filter(tp -> tp.topic().equals(Topics.READINGS_RAW))
                .collect(Collectors.toMap(tp -> tp, tp -> new OffsetAndMetadata(0)));
        await().atMost(WAIT).ignoreExceptions().until(() -> {
            admin.alterConsumerGroupOffsets(GROUP, partitions).all().get();
            return true;
        });
        container.start();

        await().atMost(WAIT).until(this::allCommitted);
        assertThat(jdbc.queryForMap(
                        "select count(*) as n, sum(value) as total, max(revision) as rev from readings r join series s on s.key = r.series_key where s.id = ?",
                        series))
                .isEqualTo(before);
        assertThat(revisions()).isZero();
        // the replay republishes the same events, with the same ids, so consumers can drop them
        List<JsonNode> events = published(20);
        assertThat(events).hasSize(20);
        assertThat(events.stream().map(e -> e.path("eventId").asString()).distinct())
                .hasSize(10);
    }

    @Test
    void keepsADifferentValueForAnExistingKeyAsARevision() throws Exception {
        TestKafka.send(bootstrap, Topics.READINGS_RAW, goodReadings(1, 0));
        await().atMost(WAIT).until(() -> stored() == 1);

        TestKafka.send(bootstrap, Topics.READINGS_RAW, goodReadings(1, 250));

        await().atMost(WAIT).until(() -> revisions() == 1);
        assertThat(jdbc.queryForMap(
                        "select value, revision from readings r join series s on s.key = r.series_key where s.id = ?",
                        series))
                .containsEntry("value", 1250.0)
                .containsEntry("revision", 1);
        assertThat(jdbc.queryForObject(
                        "select value from reading_revisions r join series s on s.key = r.series_key where s.id = ?",
                        Double.class,
                        series))
                .isEqualTo(1000.0);
        assertThat(published(2)).extracting(e -> e.path("revision").asInt()).containsExactlyInAnyOrder(0, 1);
    }

    /**
     * The consumer dies after the store write and before the offset commit: publishing the output fails (the readings
     * topic refuses records), the consumer is stopped, and a new one starts. Nothing may be lost or doubled.
     */
    @Test
    void losesAndDoublesNothingWhenTheConsumerDiesBetweenStoreAndCommit() throws Exception {
        TestKafka.send(bootstrap, Topics.READINGS_RAW, goodReadings(1, 0));
        await().atMost(WAIT).until(() -> stored() == 1 && allCommitted());
        ConfigResource readingsTopic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.READINGS);
        alterMaxMessageBytes(readingsTopic, "16");
        MessageListenerContainer container = listeners.getListenerContainer(RawReadingsListener.ID);
        try {
            TestKafka.send(bootstrap, Topics.READINGS_RAW, goodReadings(20, 0).subList(1, 20));

            // the first batch is stored, then its publish fails and it is retried in place
            await().atMost(WAIT).until(() -> stored() > 1);
            Thread.sleep(1500);
            assertThat(allCommitted())
                    .as("offsets committed although the output was not published")
                    .isFalse();

            container.stop();
        } finally {
            alterMaxMessageBytes(readingsTopic, null);
        }
        container.start();

        await().atMost(WAIT).until(this::allCommitted);
        assertThat(stored()).isEqualTo(20);
        assertThat(revisions()).isZero();
        List<JsonNode> events = published(20);
        assertThat(events.stream().map(e -> e.path("timestamp").asString()).distinct())
                .hasSize(20);
    }

    private void alterMaxMessageBytes(ConfigResource topic, String value) throws Exception {
        AlterConfigOp op = value == null
                ? new AlterConfigOp(new ConfigEntry("max.message.bytes", ""), AlterConfigOp.OpType.DELETE)
                : new AlterConfigOp(new ConfigEntry("max.message.bytes", value), AlterConfigOp.OpType.SET);
        admin.incrementalAlterConfigs(Map.of(topic, List.of(op))).all().get();
    }
}
