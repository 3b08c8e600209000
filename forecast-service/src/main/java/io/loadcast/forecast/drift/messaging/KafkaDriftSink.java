package io.loadcast.forecast.drift.messaging;

import io.loadcast.contracts.DriftDetected;
import io.loadcast.contracts.RetrainRequested;
import io.loadcast.forecast.EventPublisher;
import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.drift.DriftSink;
import org.springframework.stereotype.Component;

/** Publishes drift on {@code ml.drift.v1} and the policy's requests on {@code ml.retrain-requests.v1}. */
@Component
class KafkaDriftSink implements DriftSink {

    private final EventPublisher publisher;
    private final ForecastProperties properties;

    KafkaDriftSink(EventPublisher publisher, ForecastProperties properties) {
        this.publisher = publisher;
        this.properties = properties;
    }

    @Override
    public void drift(DriftDetected event) {
        publisher.publish(properties.topics().drift(), event);
    }

    @Override
    public void retrain(RetrainRequested request) {
        publisher.publish(properties.topics().retrainRequests(), request);
    }
}
