package io.loadcast.forecast.training.messaging;

import io.loadcast.contracts.RetrainRequested;
import io.loadcast.forecast.EventPublisher;
import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.training.RetrainRequests;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Publishes retrain requests and waits for the broker, so a 202 means the request is durable. */
@Component
class KafkaRetrainRequests implements RetrainRequests {

    private final EventPublisher publisher;
    private final ForecastProperties properties;
    private final MeterRegistry meters;

    KafkaRetrainRequests(EventPublisher publisher, ForecastProperties properties, MeterRegistry meters) {
        this.publisher = publisher;
        this.properties = properties;
        this.meters = meters;
    }

    @Override
    public void send(RetrainRequested request) {
        publisher.publishDurably(properties.topics().retrainRequests(), request);
        meters.counter(
                        "loadcast.forecast.retrain.requests",
                        "reason",
                        request.reason().name().toLowerCase(Locale.ROOT))
                .increment();
    }
}
