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
     * instead). It is retried with exponential back-off for at most {@code give-up-after} (long enough to ride out a
     * restart); then each of its records is dead-lettered by {@link GiveUpRecoverer}, so no partition stalls for good.
     */
    @Bean
    DefaultErrorHandler boundedRetries(IngestProperties properties, GiveUpRecoverer recoverer) {
        IngestProperties.Kafka kafka = properties.kafka();
        ExponentialBackOff backOff = new ExponentialBackOff(kafka.retryInitial().toMillis(), 2.0);
        backOff.setMaxInterval(kafka.retryMax().toMillis());
        backOff.setMaxElapsedTime(kafka.giveUpAfter().toMillis());
        return new DefaultErrorHandler(recoverer, backOff);
    }
}
