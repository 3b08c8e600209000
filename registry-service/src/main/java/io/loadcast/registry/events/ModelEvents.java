package io.loadcast.registry.events;

import io.loadcast.contracts.ModelEvent;
import io.loadcast.contracts.ModelEventType;
import io.loadcast.registry.RegistryProperties;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes model lifecycle events through the outbox: the event row is written in the caller's transaction, so it
 * exists exactly when the change does, and {@link OutboxRelay} sends it to Kafka after commit.
 */
@Service
public class ModelEvents {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final String topic;

    ModelEvents(JdbcTemplate jdbc, JsonMapper json, Clock clock, RegistryProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.topic = properties.modelEventsTopic();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ModelEvent publish(
            ModelEventType type,
            String modelName,
            String version,
            @Nullable String alias,
            @Nullable String previousVersion,
            @Nullable Double canaryShare,
            String actor) {
        ModelEvent event = new ModelEvent(
                UUID.randomUUID(),
                clock.instant(),
                type,
                modelName,
                version,
                alias,
                previousVersion,
                canaryShare,
                actor);
        jdbc.update(
                "insert into outbox (topic, event_key, payload) values (?, ?, ?)",
                topic,
                event.kafkaKey(),
                json.writeValueAsString(event));
        return event;
    }
}
