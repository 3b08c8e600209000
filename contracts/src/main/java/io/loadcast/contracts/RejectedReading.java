package io.loadcast.contracts;

import static io.loadcast.contracts.RequiredFields.require;
import static io.loadcast.contracts.RequiredFields.requireText;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
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
 * @param payloadTruncated whether {@code originalPayloadBase64} holds only the first bytes of a longer record (so the
 *     dead-letter record fits the producer's request size); false in records of producers that predate the field
 * @param originalLength the length in bytes of the whole original record; null from producers that predate it
 * @param originalSha256 the SHA-256 of the whole original record in lower-case hex, to match a truncated copy with
 *     the record still on the raw topic; null from producers that predate it
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
        @JsonProperty(required = true) long offset,
        // absent in older producers' records: false (Jackson 3 refuses a null for a primitive otherwise)
        @JsonSetter(nulls = Nulls.AS_EMPTY) boolean payloadTruncated,
        @Nullable Integer originalLength,
        @Nullable String originalSha256)
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
