package io.loadcast.guardrail;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of guardrail-service.
 *
 * @param maxTextLength the longest text checked, in characters; longer input is a 413 problem
 */
@Validated
@ConfigurationProperties("loadcast.guardrail")
public record GuardrailProperties(
        @Positive @DefaultValue("100000") int maxTextLength) {}
