package io.loadcast.forecast.serving.messaging;

import io.loadcast.contracts.ForecastIssued;
import io.loadcast.forecast.EventPublisher;
import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.serving.Forecast;
import io.loadcast.forecast.serving.ForecastSink;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Publishes forecasts on {@code grid.forecasts.v1}, keyed by series id. */
@Component
class KafkaForecastSink implements ForecastSink {

    private final EventPublisher publisher;
    private final ForecastProperties properties;

    KafkaForecastSink(EventPublisher publisher, ForecastProperties properties) {
        this.publisher = publisher;
        this.properties = properties;
    }

    @Override
    public void publish(Forecast f) {
        ForecastIssued event = new ForecastIssued(
                UUID.randomUUID(),
                Instant.now(),
                f.seriesId(),
                f.origin(),
                f.modelName(),
                f.modelVersion(),
                f.points());
        publisher.publish(properties.topics().forecasts(), event);
    }
}
