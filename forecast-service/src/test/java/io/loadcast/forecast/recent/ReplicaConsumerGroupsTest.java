package io.loadcast.forecast.recent;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.contracts.Reading;
import io.loadcast.contracts.Topics;
import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.testing.ForecastIntegrationTest;
import io.loadcast.forecast.testing.Http;
import io.loadcast.forecast.testing.IngestStub;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.json.JsonMapper;

/**
 * With several replicas, each one's recent window must still see every series: the window is fed by this replica's
 * own consumer group, while the once-per-reading work (drift, forecast publication) and retraining stay in groups the
 * replicas share. The topics it publishes to are created by the service itself (the test broker creates none).
 */
@ForecastIntegrationTest
class ReplicaConsumerGroupsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    ForecastProperties properties;

    @Autowired
    RecentReadings recent;

    @Autowired
    IngestStub ingest;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void recentWindowHasItsOwnGroupAndWorkDoneOnceSharesOne() {
        assertThat(groupOf("readings-recent-window"))
                .isEqualTo("forecast-service-recent-" + properties.recent().replicaId());
        assertThat(groupOf("readings-watch")).isEqualTo("forecast-service-watch");
        assertThat(listeners.getListenerContainers())
                .extracting(MessageListenerContainer::getGroupId)
                .contains("forecast-service-trainer");
    }

    @Test
    void windowFollowsReadingsTheSharedGroupLeavesToAnotherReplica() throws Exception {
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        ingest.put(SyntheticDemand.series("REPLICA", today.minus(Duration.ofDays(7)), 7, 5));
        assertThat(recent.readings("REPLICA", today.minus(Duration.ofDays(1)), today, null))
                .as("window seeded")
                .isPresent();
        // as if another replica held every partition of the shared group
        MessageListenerContainer shared = listeners.getListenerContainer("readings-watch");
        shared.stop();
        try {
            Reading reading = new Reading(UUID.randomUUID(), Instant.now(), "REPLICA", today, 12_345, "MW", "test", 1);
            kafka.send(new ProducerRecord<>(Topics.READINGS, "REPLICA", JSON.writeValueAsBytes(reading)));

            assertThat(Http.await(Duration.ofSeconds(20), () -> valueAt(today) == 12_345))
                    .as("the reading reached this replica's window")
                    .isTrue();
        } finally {
            shared.start();
        }
    }

    @Test
    void createsTheTopicsItPublishesTo() throws Exception {
        List<String> owned = List.of(Topics.FORECASTS, Topics.DRIFT, Topics.RETRAIN_REQUESTS);
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            Map<String, TopicDescription> topics =
                    admin.describeTopics(owned).allTopicNames().get();
            assertThat(topics).containsOnlyKeys(owned);
            assertThat(topics.values())
                    .allSatisfy(t -> assertThat(t.partitions())
                            .hasSize(properties.kafka().partitions()));
        }
    }

    private String groupOf(String listenerId) {
        MessageListenerContainer container = listeners.getListenerContainer(listenerId);
        assertThat(container).as(listenerId).isNotNull();
        return container.getGroupId();
    }

    private double valueAt(Instant timestamp) {
        return recent.readings("REPLICA", timestamp, timestamp.plus(HalfHourlySeries.STEP), null)
                .filter(s -> s.values().length > 0)
                .map(s -> s.values()[0])
                .orElse(Double.NaN);
    }
}
