package io.loadcast.forecast;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics this service publishes to, created at startup when absent: each producer owns its topics, because
 * brokers such as MSK do not create them on first use. The topics it only reads are created by their producers.
 */
@Configuration(proxyBeanMethods = false)
class ForecastTopics {

    @Bean
    NewTopic forecastsTopic(ForecastProperties properties) {
        return topic(properties.topics().forecasts(), properties.kafka());
    }

    @Bean
    NewTopic driftTopic(ForecastProperties properties) {
        return topic(properties.topics().drift(), properties.kafka());
    }

    @Bean
    NewTopic retrainRequestsTopic(ForecastProperties properties) {
        return topic(properties.topics().retrainRequests(), properties.kafka());
    }

    private static NewTopic topic(String name, ForecastProperties.Kafka kafka) {
        return TopicBuilder.name(name)
                .partitions(kafka.partitions())
                .replicas(kafka.replicationFactor())
                .build();
    }
}
