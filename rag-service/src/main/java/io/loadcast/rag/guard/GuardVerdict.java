package io.loadcast.rag.guard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * guardrail-service's answer: {@code ALLOW}, {@code REDACT} (use {@code sanitizedText}) or {@code BLOCK}.
 *
 * @param groundedness for output checks, how well the answer is supported by the contexts
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GuardVerdict(
        String decision,
        @Nullable List<Violation> violations,
        @Nullable String sanitizedText,
        @Nullable Double groundedness) {

    /** One detector's finding. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Violation(
            String type,
            double score,
            @Nullable Integer start,
            @Nullable Integer end) {}

    /** The sanitised text when the guard redacted, else {@code original}. */
    public String textOr(String original) {
        return "REDACT".equals(decision) && sanitizedText != null ? sanitizedText : original;
    }

    public boolean blocked() {
        return "BLOCK".equals(decision);
    }

    public boolean redacted() {
        return "REDACT".equals(decision) && sanitizedText != null;
    }

    public List<String> violationTypes() {
        return violations == null
                ? List.of()
                : violations.stream().map(Violation::type).distinct().toList();
    }
}
