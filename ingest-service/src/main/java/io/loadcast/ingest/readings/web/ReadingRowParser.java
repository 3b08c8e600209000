package io.loadcast.ingest.readings.web;

import io.loadcast.ingest.readings.domain.ReadingInput;
import io.loadcast.ingest.readings.domain.RejectReason;
import io.loadcast.ingest.readings.domain.Rejection;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/** Reads one row of a REST batch leniently, so that one bad row is reported without failing the others. */
final class ReadingRowParser {

    private ReadingRowParser() {}

    /** Returns a {@link ReadingInput} or a {@link Rejection}. */
    static Object parse(JsonNode row, String defaultSource) {
        if (!row.isObject()) {
            return new Rejection(RejectReason.MALFORMED_JSON, null, "a reading must be a JSON object");
        }
        for (String field : new String[] {"seriesId", "timestamp", "unit"}) {
            if (!row.path(field).isString() || row.path(field).asString().isBlank()) {
                return new Rejection(RejectReason.MISSING_FIELD, field, field + " is required (a string)");
            }
        }
        JsonNode value = row.path("value");
        if (value.isMissingNode() || value.isNull()) {
            return new Rejection(RejectReason.MISSING_FIELD, "value", "value is required");
        }
        if (!value.isNumber()) {
            return new Rejection(RejectReason.NOT_A_NUMBER, "value", "value must be a number, was " + value);
        }
        Instant timestamp;
        try {
            timestamp = Instant.parse(row.path("timestamp").asString());
        } catch (DateTimeParseException e) {
            return new Rejection(
                    RejectReason.INVALID_FIELD,
                    "timestamp",
                    "timestamp must be a UTC ISO-8601 instant such as 2024-01-01T00:00:00Z");
        }
        String source = row.path("source").isString() ? row.path("source").asString() : defaultSource;
        return new ReadingInput(
                row.path("seriesId").asString(),
                timestamp,
                value.asDouble(),
                row.path("unit").asString(),
                source);
    }
}
