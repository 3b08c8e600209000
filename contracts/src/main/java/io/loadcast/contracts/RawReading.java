package io.loadcast.contracts;

import static io.loadcast.contracts.RequiredFields.require;
import static io.loadcast.contracts.RequiredFields.requireText;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * A reading as an edge device or the ingest REST API sends it on {@link Topics#READINGS_RAW}: the wire
 * contract devices are built against. Values are checked for plausibility by ingest-service, not here.
 *
 * @param eventId unique id of the message
 * @param occurredAt when the device sent it
 * @param seriesId stable series id, e.g. {@code site-0042} or {@code GB-ND}
 * @param timestamp when the value was measured (UTC)
 * @param value the measured value in {@code unit}
 * @param unit e.g. {@code MW}
 * @param source the device or importer that produced it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RawReading(
        UUID eventId,
        Instant occurredAt,
        String seriesId,
        Instant timestamp,
        @JsonProperty(required = true) double value,
        String unit,
        String source)
        implements LoadcastEvent {

    public RawReading {
        require(eventId, "eventId");
        require(occurredAt, "occurredAt");
        requireText(seriesId, "seriesId");
        require(timestamp, "timestamp");
        requireText(unit, "unit");
        requireText(source, "source");
    }

    @Override
    public String kafkaKey() {
        return seriesId;
    }
}
