package io.loadcast.forecast.training.messaging;

import io.loadcast.contracts.RetrainRequested;
import io.loadcast.forecast.EventPublisher;
import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.training.RetrainRequests;
import org.springframework.stereotype.Component;

/** Publishes retrain requests and waits for the broker, so a 202 means the request is durable. */
@Component
class KafkaRetrainRequests implements RetrainRequests {

    private final EventPublisher publisher;
    private final ForecastProperties properties;

    KafkaRetrainRequests(EventPublisher publisher, ForecastProperties properties) {
        this.publisher = publisher;
        this.properties = properties;
    }

    @Override
    public void send(RetrainRequested request) {
        publisher.publishDurably(properties.topics().retrainRequests(), request);
    }
}
