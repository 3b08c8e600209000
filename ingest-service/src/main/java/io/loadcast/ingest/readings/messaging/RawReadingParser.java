package io.loadcast.ingest.readings.messaging;

import io.loadcast.contracts.MissingFieldException;
import io.loadcast.contracts.RawReading;
import io.loadcast.ingest.readings.domain.ReadingInput;
import io.loadcast.ingest.readings.domain.RejectReason;
import io.loadcast.ingest.readings.domain.Rejection;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** Reads the wire contract of devices ({@link RawReading}); never throws, so a poison pill cannot stall a partition. */
final class RawReadingParser {

    private final JsonMapper json;
    private final FastRawReadingReader fast;

    RawReadingParser(JsonMapper json) {
        // a null value must not become 0.0 MW
        this.json = json.rebuild()
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        this.fast = new FastRawReadingReader(this.json);
    }

    ParsedRecord parse(byte @Nullable [] bytes) {
        if (bytes == null || bytes.length == 0) {
            return ParsedRecord.failed(new Rejection(RejectReason.MALFORMED_JSON, null, "empty record"), null);
        }
        ReadingInput read = fast.read(bytes);
        if (read != null) {
            return ParsedRecord.ok(read);
        }
        try {
            RawReading raw = json.readValue(bytes, RawReading.class);
            return ParsedRecord.ok(
                    new ReadingInput(raw.seriesId(), raw.timestamp(), raw.value(), raw.unit(), raw.source()));
        } catch (StreamReadException e) {
            return ParsedRecord.failed(
                    new Rejection(RejectReason.MALFORMED_JSON, null, "not JSON: " + e.getOriginalMessage()), null);
        } catch (JacksonException e) {
            return ParsedRecord.failed(describe(e), seriesIdOf(bytes));
        } catch (RuntimeException e) {
            return ParsedRecord.failed(new Rejection(RejectReason.MALFORMED_JSON, null, e.toString()), null);
        }
    }

    private static Rejection describe(JacksonException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof MissingFieldException)) {
            cause = cause.getCause();
        }
        if (cause instanceof MissingFieldException missing) {
            return new Rejection(RejectReason.MISSING_FIELD, missing.field(), missing.getMessage());
        }
        String field = e.getPath().isEmpty()
                ? null
                : e.getPath().get(e.getPath().size() - 1).getPropertyName();
        String message = e.getOriginalMessage();
        if (message != null && message.contains("Missing required creator property")) {
            return new Rejection(RejectReason.MISSING_FIELD, "value", "missing required field 'value'");
        }
        if (e instanceof MismatchedInputException && "value".equals(field)) {
            return new Rejection(RejectReason.NOT_A_NUMBER, field, "value is not a number: " + message);
        }
        return new Rejection(RejectReason.INVALID_FIELD, field, String.valueOf(message));
    }

    private @Nullable String seriesIdOf(byte[] bytes) {
        try {
            JsonNode id = json.readTree(bytes).path("seriesId");
            return id.isString() ? id.asString() : null;
        } catch (JacksonException e) {
            return null;
        }
    }
}
