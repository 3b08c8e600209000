package io.loadcast.registry.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.contracts.Topics;
import io.loadcast.registry.RegistryIntegrationTest;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** On a broker that creates no topic on first use (MSK's default), the service creates the one it publishes to. */
@RegistryIntegrationTest
class ModelEventsTopicTest {

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void createsModelEventsTopicOnBrokerWithoutAutoCreation() throws Exception {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            ConfigResource firstBroker = new ConfigResource(ConfigResource.Type.BROKER, "0");
            assertThat(admin.describeConfigs(List.of(firstBroker))
                            .all()
                            .get()
                            .get(firstBroker)
                            .get("auto.create.topics.enable")
                            .value())
                    .as("the broker creates no topic on first use")
                    .isEqualTo("false");
            TopicDescription topic = admin.describeTopics(List.of(Topics.MODEL_EVENTS))
                    .allTopicNames()
                    .get()
                    .get(Topics.MODEL_EVENTS);
            assertThat(topic.partitions()).hasSize(1);
        }
    }
}
