package io.loadcast.ingest.readings.messaging;

import io.loadcast.ingest.IngestProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/** The topics this service writes or reads (created when absent) and the retry policy of the listener. */
@Configuration(proxyBeanMethods = false)
class KafkaSetup {

    @Bean
    NewTopic rawReadingsTopic(IngestProperties properties) {
        return TopicBuilder.name(properties.topics().raw())
                .partitions(properties.kafka().partitions())
                .build();
    }

    @Bean
    NewTopic readingsTopic(IngestProperties properties) {
        return TopicBuilder.name(properties.topics().readings())
                .partitions(properties.kafka().partitions())
                .build();
    }

    @Bean
    NewTopic deadLetterTopic(IngestProperties properties) {
        return TopicBuilder.name(properties.topics().deadLetter())
                .partitions(properties.kafka().partitions())
                .build();
    }

    /**
     * A batch fails only when the database or the broker is unavailable (bad records go to the dead-letter topic
     * instead), so it is retried until it succeeds: giving up would commit past readings that were never stored.
     */
    @Bean
    DefaultErrorHandler retryUntilStored(IngestProperties properties) {
        ExponentialBackOff backOff =
                new ExponentialBackOff(properties.kafka().retryInitial().toMillis(), 2.0);
        backOff.setMaxInterval(properties.kafka().retryMax().toMillis());
        return new DefaultErrorHandler(backOff);
    }
}
