package io.loadcast.forecast;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of forecast-service.
 *
 * @param ingestUrl base URL of ingest-service, where training data and live readings are read
 * @param registryUrl base URL of registry-service (MLflow REST API)
 * @param maxHorizon the longest forecast served, in steps
 * @param topics the Kafka topics it reads and writes
 */
@Validated
@ConfigurationProperties("loadcast.forecast")
public record ForecastProperties(
        @NotNull @DefaultValue("http://localhost:8081") URI ingestUrl,
        @NotNull @DefaultValue("http://localhost:8085") URI registryUrl,
        @Positive @DefaultValue("96") int maxHorizon,
        @Valid @DefaultValue Topics topics) {

    /**
     * Topic names.
     *
     * @param readings validated readings, for live error and drift
     * @param forecasts the latest forecast per series
     * @param modelEvents registry lifecycle events, for hot swaps
     * @param drift drift past its threshold
     * @param retrainRequests requests to retrain
     */
    public record Topics(
            @NotBlank @DefaultValue(io.loadcast.contracts.Topics.READINGS)
            String readings,

            @NotBlank @DefaultValue(io.loadcast.contracts.Topics.FORECASTS)
            String forecasts,

            @NotBlank @DefaultValue(io.loadcast.contracts.Topics.MODEL_EVENTS)
            String modelEvents,

            @NotBlank @DefaultValue(io.loadcast.contracts.Topics.DRIFT)
            String drift,

            @NotBlank @DefaultValue(io.loadcast.contracts.Topics.RETRAIN_REQUESTS)
            String retrainRequests) {}
}
