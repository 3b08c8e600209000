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

    /** A new version of {@code model} was registered. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ModelEvent versionCreated(String model, String version, String actor) {
        return publish(ModelEventType.VERSION_CREATED, model, version, null, null, null, actor);
    }

    /** {@code alias} of {@code model} now points to {@code version}; it pointed to {@code previousVersion}, if any. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ModelEvent aliasMoved(
            String model, String version, String alias, @Nullable String previousVersion, String actor) {
        return publish(ModelEventType.ALIAS_MOVED, model, version, alias, previousVersion, null, actor);
    }

    /** {@code alias} of {@code model}, which pointed to {@code version}, was removed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ModelEvent aliasDeleted(String model, String version, String alias, String actor) {
        return publish(ModelEventType.ALIAS_DELETED, model, version, alias, version, null, actor);
    }

    /** A MANAGE key approved {@code version} of {@code model} to become {@code alias}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ModelEvent approved(String model, String version, String alias, String actor) {
        return publish(ModelEventType.APPROVAL, model, version, alias, null, null, actor);
    }

    /** {@code canaryVersion} now takes {@code share} of {@code model}'s traffic beside {@code championVersion}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ModelEvent canaryChanged(
            String model, String canaryVersion, String championVersion, double share, String actor) {
        return publish(ModelEventType.CANARY_CHANGED, model, canaryVersion, null, championVersion, share, actor);
    }

    /** The canary {@code canaryVersion} was rolled back: {@code championVersion} takes all traffic again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ModelEvent rolledBack(String model, String canaryVersion, String championVersion, String actor) {
        return publish(ModelEventType.ROLLBACK, model, canaryVersion, null, championVersion, 0.0, actor);
    }

    private ModelEvent publish(
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
