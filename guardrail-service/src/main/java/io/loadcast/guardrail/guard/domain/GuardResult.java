package io.loadcast.guardrail.guard.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a check.
 *
 * @param decision ALLOW, REDACT or BLOCK
 * @param violations every finding at or above its threshold, including those only logged
 * @param sanitizedText the text with personal data replaced by typed placeholders (as much as policy redacts)
 * @param groundedness output checks only: share of answer sentences supported by the contexts
 * @param relevance output checks only: share of the question's content words the answer addresses
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GuardResult(
        Decision decision,
        List<Violation> violations,
        String sanitizedText,
        @Nullable Double groundedness,
        @Nullable Double relevance) {}
