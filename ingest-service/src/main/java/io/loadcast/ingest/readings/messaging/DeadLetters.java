package io.loadcast.ingest.readings.messaging;

import io.loadcast.contracts.RejectedReading;
import io.loadcast.ingest.IngestProperties;
import io.loadcast.ingest.readings.domain.Rejection;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds dead-letter records that always fit the producer's request size: the original bytes are cut to {@code
 * dead-letter-payload-bytes}, and the record says so ({@code payloadTruncated}) with the original length and its
 * sha256 ({@link RejectedReading#originalSha256()}), so an operator can match it with the record still on the raw
 * topic.
 */
@Component
class DeadLetters {

    /** A series id longer than this is not a valid one; it is neither kept as the record key nor in the event. */
    private static final int MAX_SERIES_ID = 64;

    private final JsonMapper json;
    private final Clock clock;
    private final int maxPayload;

    DeadLetters(JsonMapper json, Clock clock, IngestProperties properties) {
        this.json = json;
        this.clock = clock;
        this.maxPayload = properties.kafka().deadLetterPayloadBytes();
    }

    /** A dead-letter record ready to send: its key and its JSON value. */
    record DeadLetter(String key, byte[] value) {}

    DeadLetter of(ConsumerRecord<?, byte @Nullable []> record, Rejection rejection, @Nullable String seriesId) {
        byte[] original = record.value() == null ? new byte[0] : record.value();
        boolean truncated = original.length > maxPayload;
        byte[] kept = truncated ? Arrays.copyOf(original, maxPayload) : original;
        String series = seriesId != null && seriesId.length() <= MAX_SERIES_ID ? seriesId : null;
        RejectedReading event = new RejectedReading(
                UUID.randomUUID(),
                clock.instant(),
                rejection.reason().name(),
                rejection.detail(),
                rejection.field(),
                series,
                Base64.getEncoder().encodeToString(kept),
                record.topic(),
                record.partition(),
                record.offset(),
                truncated,
                original.length,
                sha256(original));
        return new DeadLetter(event.kafkaKey(), json.writeValueAsBytes(event));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
