package io.loadcast.registry;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of registry-service.
 *
 * @param artifactsRoot the local directory artifacts are stored in when S3 is not configured
 * @param modelEventsTopic where lifecycle events are published
 */
@Validated
@ConfigurationProperties("loadcast.registry")
public record RegistryProperties(
        @NotBlank @DefaultValue("${LOADCAST_ARTIFACTS_ROOT:.loadcast/artifacts}")
        String artifactsRoot,

        @NotBlank @DefaultValue(io.loadcast.contracts.Topics.MODEL_EVENTS)
        String modelEventsTopic) {}
