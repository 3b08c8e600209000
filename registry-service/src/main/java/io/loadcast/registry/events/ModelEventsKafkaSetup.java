package io.loadcast.registry.events;

import io.loadcast.registry.RegistryProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topic this service publishes to, created at startup when absent: the producer owns its topics, because brokers
 * such as MSK do not create them on first use.
 */
@Configuration(proxyBeanMethods = false)
class ModelEventsKafkaSetup {

    @Bean
    NewTopic modelEventsTopic(RegistryProperties properties) {
        return TopicBuilder.name(properties.modelEventsTopic())
                .partitions(properties.kafka().partitions())
                .replicas(properties.kafka().replicationFactor())
                .build();
    }
}
