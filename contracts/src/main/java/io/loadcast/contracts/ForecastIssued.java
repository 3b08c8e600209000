package io.loadcast.contracts;

import static io.loadcast.contracts.RequiredFields.require;
import static io.loadcast.contracts.RequiredFields.requireList;
import static io.loadcast.contracts.RequiredFields.requireText;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The latest forecast of a series, published by forecast-service on {@link Topics#FORECASTS} for edge
 * devices and dashboards.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the forecast was issued
 * @param seriesId the series forecast
 * @param origin the forecast origin: only readings strictly before it were used
 * @param modelName the registered model that produced it
 * @param modelVersion its version
 * @param points one point per step, in time order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ForecastIssued(
        UUID eventId,
        Instant occurredAt,
        String seriesId,
        Instant origin,
        String modelName,
        String modelVersion,
        List<ForecastPoint> points)
        implements LoadcastEvent {

    public ForecastIssued {
        require(eventId, "eventId");
        require(occurredAt, "occurredAt");
        requireText(seriesId, "seriesId");
        require(origin, "origin");
        requireText(modelName, "modelName");
        requireText(modelVersion, "modelVersion");
        points = requireList(points, "points");
    }

    @Override
    public String kafkaKey() {
        return seriesId;
    }
}
