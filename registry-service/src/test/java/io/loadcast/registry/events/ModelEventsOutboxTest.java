package io.loadcast.registry.events;

import static io.loadcast.registry.MlflowTestClient.mlflow;
import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.contracts.ModelEvent;
import io.loadcast.contracts.ModelEventType;
import io.loadcast.contracts.Topics;
import io.loadcast.registry.RegistryIntegrationTest;
import io.loadcast.registry.RegistryTestEnvironment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mlflow.tracking.MlflowClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.json.JsonMapper;

/** Lifecycle events reach ml.model-events.v1 through the outbox, also when the process dies before sending. */
@RegistryIntegrationTest
class ModelEventsOutboxTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    OutboxRelay relay;

    Consumer<String, String> consumer;
    MlflowClient client;
    String model;

    @BeforeEach
    void setUp() {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "events-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new StringDeserializer())
                .createConsumer();
        // the service created the topic (the test broker creates none): read every partition from the start
        consumer.assign(consumer.partitionsFor(Topics.MODEL_EVENTS).stream()
                .map(p -> new TopicPartition(Topics.MODEL_EVENTS, p.partition()))
                .toList());
        client = mlflow(port, RegistryTestEnvironment.EDIT_KEY);
        model = "events-" + UUID.randomUUID();
        client.sendPost("registered-models/create", "{\"name\": \"" + model + "\"}");
        client.sendPost("model-versions/create", "{\"name\": \"" + model + "\", \"source\": \"s3://m/1\"}");
        client.sendPost("model-versions/create", "{\"name\": \"" + model + "\", \"source\": \"s3://m/2\"}");
    }

    @AfterEach
    void tearDown() {
        relay.start();
        consumer.close();
    }

    @Test
    void publishesVersionCreatedAndAliasMovedKeyedByModel() {
        client.sendPost(
                "registered-models/alias",
                "{\"name\": \"" + model + "\", \"alias\": \"champion\"," + " \"version\": \"1\"}");
        client.sendPost(
                "registered-models/alias",
                "{\"name\": \"" + model + "\", \"alias\": \"champion\"," + " \"version\": \"2\"}");

        List<ModelEvent> events = eventsOf(model, 4);

        assertThat(events)
                .extracting(ModelEvent::type)
                .containsExactly(
                        ModelEventType.VERSION_CREATED,
                        ModelEventType.VERSION_CREATED,
                        ModelEventType.ALIAS_MOVED,
                        ModelEventType.ALIAS_MOVED);
        ModelEvent moved = events.get(3);
        assertThat(moved.alias()).isEqualTo("champion");
        assertThat(moved.version()).isEqualTo("2");
        assertThat(moved.previousVersion()).isEqualTo("1");
        assertThat(moved.actor()).isEqualTo("editor");
    }

    @Test
    void sendsEventsCommittedBeforeACrashOnceTheRelayRunsAgain() throws InterruptedException {
        eventsOf(model, 2);
        // the two versions' rows are marked sent only after the broker has them: stopping the relay before that
        // commit would redeliver them (at least once), which is not what this test is about
        long settled = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (relay.pendingCount() > 0 && System.nanoTime() < settled) {
            Thread.sleep(50);
        }
        assertThat(relay.pendingCount()).as("outbox rows left unsent").isZero();
        // the process "dies" after the commit and before the send: nothing relays the committed row
        relay.stop();
        client.sendPost(
                "registered-models/alias",
                "{\"name\": \"" + model + "\", \"alias\": \"champion\"," + " \"version\": \"2\"}");
        assertThat(relay.pendingCount()).isGreaterThanOrEqualTo(1);
        assertThat(poll(Duration.ofSeconds(1))).noneMatch(e -> e.modelName().equals(model));

        relay.start();

        List<ModelEvent> events = eventsOf(model, 1);
        assertThat(events.get(0).type()).isEqualTo(ModelEventType.ALIAS_MOVED);
        assertThat(events.get(0).version()).isEqualTo("2");
    }

    private List<ModelEvent> eventsOf(String name, int count) {
        List<ModelEvent> found = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (found.size() < count && System.nanoTime() < deadline) {
            poll(Duration.ofMillis(500)).stream()
                    .filter(e -> e.modelName().equals(name))
                    .forEach(found::add);
        }
        assertThat(found).as("events of " + name).hasSize(count);
        return found;
    }

    private List<ModelEvent> poll(Duration timeout) {
        List<ModelEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : consumer.poll(timeout)) {
            ModelEvent event = JSON.readValue(record.value(), ModelEvent.class);
            assertThat(record.key()).isEqualTo(event.modelName());
            events.add(event);
        }
        return events;
    }
}
