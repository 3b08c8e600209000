package io.loadcast.forecast.drift.messaging;

import io.loadcast.contracts.DriftDetected;
import io.loadcast.contracts.RetrainRequested;
import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.drift.DriftSink;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Publishes drift on {@code ml.drift.v1} and the policy's requests on {@code ml.retrain-requests.v1}. */
@Component
class KafkaDriftSink implements DriftSink {

    private final KafkaTemplate<String, byte[]> template;
    private final JsonMapper json;
    private final ForecastProperties properties;

    KafkaDriftSink(KafkaTemplate<String, byte[]> template, JsonMapper json, ForecastProperties properties) {
        this.template = template;
        this.json = json;
        this.properties = properties;
    }

    @Override
    public void drift(DriftDetected event) {
        template.send(properties.topics().drift(), event.kafkaKey(), json.writeValueAsBytes(event));
    }

    @Override
    public void retrain(RetrainRequested request) {
        template.send(properties.topics().retrainRequests(), request.kafkaKey(), json.writeValueAsBytes(request));
    }
}
