package io.loadcast.contracts;

import static io.loadcast.contracts.RequiredFields.require;
import static io.loadcast.contracts.RequiredFields.requireText;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A raw record that ingest-service could not accept, published on {@link Topics#READINGS_DLQ} so that no
 * input is lost silently.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the record was rejected
 * @param reason a stable reason code, e.g. {@code MALFORMED_JSON}, {@code NEGATIVE_VALUE}
 * @param detail a human-readable explanation naming the offending field
 * @param field the offending field, when one can be named
 * @param seriesId the series id, when it could be read
 * @param originalPayloadBase64 the original record value, byte for byte, in base64
 * @param topic where the record was read from
 * @param partition its partition
 * @param offset its offset
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RejectedReading(
        UUID eventId,
        Instant occurredAt,
        String reason,
        String detail,
        @Nullable String field,
        @Nullable String seriesId,
        String originalPayloadBase64,
        String topic,
        @JsonProperty(required = true) int partition,
        @JsonProperty(required = true) long offset)
        implements LoadcastEvent {

    public RejectedReading {
        require(eventId, "eventId");
        require(occurredAt, "occurredAt");
        requireText(reason, "reason");
        require(detail, "detail");
        require(originalPayloadBase64, "originalPayloadBase64");
        requireText(topic, "topic");
    }

    @Override
    public String kafkaKey() {
        return seriesId == null ? topic + "-" + partition : seriesId;
    }
}
