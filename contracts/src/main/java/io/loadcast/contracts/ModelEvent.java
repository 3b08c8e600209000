package io.loadcast.contracts;

import static io.loadcast.contracts.RequiredFields.require;
import static io.loadcast.contracts.RequiredFields.requireText;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A lifecycle event of a registered model, published by registry-service on {@link Topics#MODEL_EVENTS}
 * (through its outbox) so that forecast-service and edge devices react without polling.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param type what happened
 * @param modelName the registered model
 * @param version the version concerned (the new alias target, the canary, the approved version)
 * @param alias the alias moved or deleted, e.g. {@code champion}; null for other types
 * @param previousVersion the version the alias pointed to before, if any
 * @param canaryShare the share of traffic now sent to the canary, in [0, 1], for canary changes
 * @param actor the API key name that made the change, or {@code policy} for automatic decisions
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelEvent(
        UUID eventId,
        Instant occurredAt,
        ModelEventType type,
        String modelName,
        String version,
        @Nullable String alias,
        @Nullable String previousVersion,
        @Nullable Double canaryShare,
        String actor)
        implements LoadcastEvent {

    public ModelEvent {
        require(eventId, "eventId");
        require(occurredAt, "occurredAt");
        require(type, "type");
        requireText(modelName, "modelName");
        requireText(version, "version");
        requireText(actor, "actor");
    }

    @Override
    public String kafkaKey() {
        return modelName;
    }
}
