package io.loadcast.rag;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of rag-service.
 *
 * @param guardrailUrl base URL of guardrail-service; answers fail closed when it is unreachable
 * @param forecastUrl base URL of forecast-service, for the live-forecast tool
 * @param indexDirectory where the Lucene index lives
 */
@Validated
@ConfigurationProperties("loadcast.rag")
public record RagProperties(
        @NotNull @DefaultValue("http://localhost:8084") URI guardrailUrl,
        @NotNull @DefaultValue("http://localhost:8082") URI forecastUrl,

        @NotBlank @DefaultValue("${LOADCAST_HOME:.loadcast}/rag-index")
        String indexDirectory) {}
