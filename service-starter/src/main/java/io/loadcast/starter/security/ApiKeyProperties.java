package io.loadcast.starter.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * API keys of a service, from configuration or the environment, never from the repository.
 *
 * @param localKey a key with every role, from {@code LOADCAST_API_KEY}; the local stack sets it
 * @param apiKeys named keys with their roles; give {@code sha256} (hex of the key) to keep the key itself out of
 *     configuration files, or {@code key} from an environment variable
 * @param openPaths POST paths that only read (searches), so they need no key, e.g. {@code /api/v1/retrieve}
 */
@Validated
@ConfigurationProperties("loadcast.security")
public record ApiKeyProperties(
        @Nullable String localKey,
        @DefaultValue List<@Valid ApiKey> apiKeys,
        @DefaultValue List<String> openPaths) {

    /**
     * One API key.
     *
     * @param name who holds it; recorded in audit logs instead of the key
     * @param key the key itself, when supplied through the environment
     * @param sha256 hex SHA-256 of the key, when the key must not appear in configuration
     * @param role what it may do
     */
    public record ApiKey(
            @NotBlank String name,
            @Nullable String key,
            @Nullable @Pattern(regexp = "[0-9a-fA-F]{64}") String sha256,
            @NotNull @DefaultValue("EDIT") ApiRole role) {}
}
