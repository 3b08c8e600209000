package io.loadcast.starter.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Browser origins allowed to call the service's {@code /api/**}: the operator console and other dashboards served
 * from another port or host.
 *
 * @param allowedOrigins origins (or patterns such as {@code https://*.example.org}); the console by default
 */
@Validated
@ConfigurationProperties("loadcast.cors")
public record CorsProperties(
        @DefaultValue("http://localhost:8080") List<String> allowedOrigins) {}
