package io.loadcast.forecast.serving.messaging;

import io.loadcast.contracts.ForecastIssued;
import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.serving.Forecast;
import io.loadcast.forecast.serving.ForecastSink;
import java.time.Instant;
import java.util.UUID;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Publishes forecasts on {@code grid.forecasts.v1}, keyed by series id. */
@Component
class KafkaForecastSink implements ForecastSink {

    private final KafkaTemplate<String, byte[]> template;
    private final JsonMapper json;
    private final ForecastProperties properties;

    KafkaForecastSink(KafkaTemplate<String, byte[]> template, JsonMapper json, ForecastProperties properties) {
        this.template = template;
        this.json = json;
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
        template.send(properties.topics().forecasts(), event.kafkaKey(), json.writeValueAsBytes(event));
    }
}
