package io.loadcast.contracts;

import static io.loadcast.contracts.RequiredFields.require;
import static io.loadcast.contracts.RequiredFields.requireText;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * Drift past its threshold, published by forecast-service on {@link Topics#DRIFT}.
 *
 * @param eventId unique id of this event
 * @param occurredAt when drift was detected
 * @param seriesId the series whose inputs drifted
 * @param modelName the model serving the series
 * @param modelVersion its version
 * @param feature the input compared, e.g. {@code value} or {@code lag_48}
 * @param statistic the statistic used
 * @param score its value over the window
 * @param threshold the configured threshold that was passed
 * @param windowStart start of the live window compared (inclusive)
 * @param windowEnd end of the live window compared (exclusive)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DriftDetected(
        UUID eventId,
        Instant occurredAt,
        String seriesId,
        String modelName,
        String modelVersion,
        String feature,
        DriftStatistic statistic,
        @JsonProperty(required = true) double score,
        @JsonProperty(required = true) double threshold,
        Instant windowStart,
        Instant windowEnd)
        implements LoadcastEvent {

    public DriftDetected {
        require(eventId, "eventId");
        require(occurredAt, "occurredAt");
        requireText(seriesId, "seriesId");
        requireText(modelName, "modelName");
        requireText(modelVersion, "modelVersion");
        requireText(feature, "feature");
        require(statistic, "statistic");
        require(windowStart, "windowStart");
        require(windowEnd, "windowEnd");
    }

    @Override
    public String kafkaKey() {
        return seriesId;
    }
}
