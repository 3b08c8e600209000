package io.loadcast.console;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of the operator console: where the browser finds each service's public REST API. The page calls
 * these URLs directly (the services allow CORS from the console's origin), so they must be reachable from the
 * operator's browser, not only from the console's host.
 *
 * @param ingestUrl base URL of ingest-service (series and readings)
 * @param forecastUrl base URL of forecast-service (forecasts, drift, training runs)
 * @param ragUrl base URL of rag-service (questions with citations)
 * @param guardrailUrl base URL of guardrail-service (linked for its Swagger UI)
 * @param registryUrl base URL of registry-service (registered models, aliases, canary)
 * @param refreshSeconds how often the page refreshes drift and the model panel
 */
@Validated
@ConfigurationProperties("loadcast.console")
public record ConsoleProperties(
        @NotNull @DefaultValue("http://localhost:8081") URI ingestUrl,
        @NotNull @DefaultValue("http://localhost:8082") URI forecastUrl,
        @NotNull @DefaultValue("http://localhost:8083") URI ragUrl,
        @NotNull @DefaultValue("http://localhost:8084") URI guardrailUrl,
        @NotNull @DefaultValue("http://localhost:8085") URI registryUrl,
        @Min(2) @Max(3600) @DefaultValue("30") int refreshSeconds) {}
