package io.loadcast.contracts;

import static io.loadcast.contracts.RequiredFields.require;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One step of a forecast with its conformal prediction intervals.
 *
 * @param timestamp the start of the period forecast (UTC)
 * @param value the point forecast
 * @param lower80 lower bound of the 80% interval
 * @param upper80 upper bound of the 80% interval
 * @param lower95 lower bound of the 95% interval
 * @param upper95 upper bound of the 95% interval
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ForecastPoint(
        Instant timestamp,
        @JsonProperty(required = true) double value,
        @JsonProperty(required = true) double lower80,
        @JsonProperty(required = true) double upper80,
        @JsonProperty(required = true) double lower95,
        @JsonProperty(required = true) double upper95) {

    public ForecastPoint {
        require(timestamp, "timestamp");
    }
}
