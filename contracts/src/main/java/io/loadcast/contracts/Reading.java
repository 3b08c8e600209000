package io.loadcast.contracts;

import static io.loadcast.contracts.RequiredFields.require;
import static io.loadcast.contracts.RequiredFields.requireText;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * A validated, stored reading published by ingest-service on {@link Topics#READINGS}.
 *
 * @param eventId unique id of this event
 * @param occurredAt when ingest-service stored the reading
 * @param seriesId the series
 * @param timestamp when the value was measured (UTC)
 * @param value the value in {@code unit}
 * @param unit e.g. {@code MW}
 * @param source the device or importer that produced it
 * @param revision 0 for the first value at this series and timestamp, then 1, 2, ... for corrections
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Reading(
        UUID eventId,
        Instant occurredAt,
        String seriesId,
        Instant timestamp,
        @JsonProperty(required = true) double value,
        String unit,
        String source,
        int revision)
        implements LoadcastEvent {

    public Reading {
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
