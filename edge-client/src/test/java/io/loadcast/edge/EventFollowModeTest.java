package io.loadcast.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.contracts.ModelEvent;
import io.loadcast.contracts.ModelEventType;
import io.loadcast.contracts.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.json.JsonMapper;

/**
 * With Kafka the client follows {@code ml.model-events.v1} on a real embedded KRaft broker: the champion alias
 * moving for its model swaps that version in; events of other models and canary changes are ignored, and the
 * registry is not polled.
 */
class EventFollowModeTest {

    static final String MODEL = "forecast-site-0042";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static EmbeddedKafkaKraftBroker kafka;
    static KafkaProducer<String, byte[]> producer;

    @BeforeAll
    static void startBroker() {
        kafka = new EmbeddedKafkaKraftBroker(1, 1, Topics.MODEL_EVENTS);
        kafka.afterPropertiesSet();
        producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString()),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    @AfterAll
    static void stopBroker() {
        producer.close();
        kafka.destroy();
    }

    @Test
    void swapsWhenTheChampionAliasOfItsModelMoves() throws Exception {
        try (RegistryStandIn registry = new RegistryStandIn()) {
            registry.register(MODEL, "1", TestArtifacts.linear(1e-3, 100));
            registry.register(MODEL, "2", TestArtifacts.linear(10, 200));
            registry.register("forecast-other", "2", TestArtifacts.linear(1, 50));
            registry.setChampion(MODEL, "1");
            try (EdgeForecaster edge = EdgeForecaster.builder()
                    .registryUrl(registry.url())
                    .model(MODEL)
                    .bootstrapServers(kafka.getBrokersAsString())
                    .pollInterval(Duration.ofMillis(50))
                    .build()) {
                assertThat(edge.awaitReady(Duration.ofSeconds(60))).isTrue();
                assertThat(edge.champion(MODEL).orElseThrow().version()).isEqualTo("1");

                send(event(ModelEventType.ALIAS_MOVED, "forecast-other", "2", "champion"));
                send(event(ModelEventType.CANARY_CHANGED, MODEL, "2", null));
                send(event(ModelEventType.ALIAS_MOVED, MODEL, "2", "staging"));
                registry.setChampion(MODEL, "2");
                send(event(ModelEventType.ALIAS_MOVED, MODEL, "2", "champion"));

                assertThat(PollModeTest.awaitVersion(edge, "2")).isTrue();
                assertThat(registry.requests())
                        .as("alias reads: at start and once partitions were assigned; no polling after")
                        .filteredOn(p -> p.endsWith("/registered-models/alias"))
                        .hasSize(2);
                assertThat(registry.requests())
                        .filteredOn(p -> p.startsWith("/api/2.0/mlflow-artifacts/"))
                        .hasSize(2)
                        .noneMatch(p -> p.contains("forecast-other"));
            }
        }
    }

    static ModelEvent event(ModelEventType type, String model, String version, @Nullable String alias) {
        return new ModelEvent(UUID.randomUUID(), Instant.now(), type, model, version, alias, null, 0.5, "test");
    }

    static void send(ModelEvent event) throws Exception {
        producer.send(new ProducerRecord<>(Topics.MODEL_EVENTS, event.modelName(), JSON.writeValueAsBytes(event)))
                .get();
    }
}
