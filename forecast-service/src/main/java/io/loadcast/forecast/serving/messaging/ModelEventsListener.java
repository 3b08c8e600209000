package io.loadcast.forecast.serving.messaging;

import io.loadcast.contracts.ModelEvent;
import io.loadcast.contracts.ModelEventType;
import io.loadcast.contracts.Topics;
import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.serving.ServingModels;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hot swaps on registry events. Every instance must see every event, so each uses its own consumer group; a
 * record that cannot be read is logged and counted, never retried forever.
 */
@Component
class ModelEventsListener {

    private static final Logger log = LoggerFactory.getLogger(ModelEventsListener.class);

    private final ServingModels models;
    private final JsonMapper json;
    private final ForecastProperties properties;
    private final MeterRegistry meters;

    ModelEventsListener(ServingModels models, JsonMapper json, ForecastProperties properties, MeterRegistry meters) {
        this.models = models;
        this.json = json;
        this.properties = properties;
        this.meters = meters;
    }

    @KafkaListener(
            topics = "${loadcast.forecast.topics.model-events:" + Topics.MODEL_EVENTS + "}",
            groupId = "forecast-service-models-#{T(java.util.UUID).randomUUID()}",
            properties = "auto.offset.reset=earliest")
    void onEvent(ConsumerRecord<String, byte[]> record) {
        ModelEvent event;
        try {
            event = json.readValue(record.value(), ModelEvent.class);
        } catch (RuntimeException e) {
            meters.counter("loadcast.forecast.model.events", "outcome", "unreadable")
                    .increment();
            log.warn("unreadable model event at offset {}: {}", record.offset(), e.getMessage());
            return;
        }
        meters.counter(
                        "loadcast.forecast.model.events",
                        "outcome",
                        event.type().name().toLowerCase())
                .increment();
        boolean champion = properties.championAlias().equals(event.alias());
        if ((event.type() == ModelEventType.ALIAS_MOVED || event.type() == ModelEventType.ROLLBACK) && champion) {
            models.promote(event.modelName(), event.version());
        } else if (event.type() == ModelEventType.ROLLBACK) {
            // the registry's canary watch rolled a canary back: no alias, share 0
            models.canary(event.modelName(), event.version(), 0);
        } else if (event.type() == ModelEventType.CANARY_CHANGED) {
            models.canary(event.modelName(), event.version(), event.canaryShare() == null ? 0 : event.canaryShare());
        }
    }
}
