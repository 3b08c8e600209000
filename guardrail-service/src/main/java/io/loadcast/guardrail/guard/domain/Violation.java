package io.loadcast.guardrail.guard.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.loadcast.guardrail.GuardrailProperties.Action;
import org.jspecify.annotations.Nullable;

/**
 * One finding that reached its policy threshold.
 *
 * @param type {@code PROMPT_INJECTION}, {@code PII_EMAIL}, {@code TOXICITY}, ... (the kind, with the personal-data
 *     type for PII)
 * @param score the detector's score in [0, 1]
 * @param start first character of the finding in the checked text, when it has a place
 * @param end end of the finding (exclusive)
 * @param action what the policy does about it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Violation(
        String type,
        double score,
        @Nullable Integer start,
        @Nullable Integer end,
        Action action) {}
