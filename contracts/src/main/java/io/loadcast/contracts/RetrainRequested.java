package io.loadcast.contracts;

import static io.loadcast.contracts.RequiredFields.require;
import static io.loadcast.contracts.RequiredFields.requireList;
import static io.loadcast.contracts.RequiredFields.requireText;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request to retrain, published on {@link Topics#RETRAIN_REQUESTS} by forecast-service's REST API (for
 * CI pipelines) or by its drift policy, and consumed by its trainer.
 *
 * @param eventId unique id of this event
 * @param occurredAt when it was requested
 * @param seriesIds the series to train on (at least one)
 * @param reason why
 * @param requestedBy the API key name, or {@code drift-policy}
 * @param model the model family to train, e.g. {@code lstm}; null for the configured default
 * @param datasetId a frozen dataset snapshot to train on; null for the latest data
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RetrainRequested(
        UUID eventId,
        Instant occurredAt,
        List<String> seriesIds,
        RetrainReason reason,
        String requestedBy,
        @Nullable String model,
        @Nullable String datasetId)
        implements LoadcastEvent {

    public RetrainRequested {
        require(eventId, "eventId");
        require(occurredAt, "occurredAt");
        seriesIds = requireList(seriesIds, "seriesIds");
        if (seriesIds.isEmpty()) {
            throw new MissingFieldException("seriesIds");
        }
        require(reason, "reason");
        requireText(requestedBy, "requestedBy");
    }

    @Override
    public String kafkaKey() {
        return seriesIds.get(0);
    }
}
