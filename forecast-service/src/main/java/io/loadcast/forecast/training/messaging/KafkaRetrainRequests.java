package io.loadcast.forecast.training.messaging;

import io.loadcast.contracts.RetrainRequested;
import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.training.RetrainRequests;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Publishes retrain requests and waits for the broker, so a 202 means the request is durable. */
@Component
class KafkaRetrainRequests implements RetrainRequests {

    private final KafkaTemplate<String, byte[]> template;
    private final JsonMapper json;
    private final ForecastProperties properties;

    KafkaRetrainRequests(KafkaTemplate<String, byte[]> template, JsonMapper json, ForecastProperties properties) {
        this.template = template;
        this.json = json;
        this.properties = properties;
    }

    @Override
    public void send(RetrainRequested request) {
        try {
            template.send(properties.topics().retrainRequests(), request.kafkaKey(), json.writeValueAsBytes(request))
                    .get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted publishing the retrain request", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish the retrain request: " + e.getMessage(), e);
        }
    }
}
