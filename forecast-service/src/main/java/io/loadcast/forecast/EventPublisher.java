package io.loadcast.forecast;

import io.loadcast.contracts.LoadcastEvent;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Sends loadcast events as JSON, keyed by {@link LoadcastEvent#kafkaKey()}; the one place features publish from. */
@Component
public class EventPublisher {

    private final KafkaTemplate<String, byte[]> template;
    private final JsonMapper json;

    EventPublisher(KafkaTemplate<String, byte[]> template, JsonMapper json) {
        this.template = template;
        this.json = json;
    }

    /** Sends without waiting for the broker. */
    public CompletableFuture<SendResult<String, byte[]>> publish(String topic, LoadcastEvent event) {
        return template.send(topic, event.kafkaKey(), json.writeValueAsBytes(event));
    }

    /** Sends and waits until the broker has the event, so that the caller may report it as durable. */
    public void publishDurably(String topic, LoadcastEvent event) {
        try {
            publish(topic, event).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted publishing to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish to " + topic + ": " + e.getMessage(), e);
        }
    }
}
