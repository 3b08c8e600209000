package io.loadcast.guardrail.guard.domain;

import io.loadcast.guardrail.GuardrailProperties;
import io.loadcast.guardrail.GuardrailProperties.Action;
import io.loadcast.guardrail.GuardrailProperties.Policy;
import io.loadcast.guardrail.GuardrailProperties.Rule;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Resolves the rule for a caller and a kind: the caller's policy, then the {@code default} policy, then built-ins. */
@Component
class PolicyBook {

    static final String DEFAULT = "default";

    /** An effective rule; {@code threshold} null means "use the detector's own". */
    record Effective(Action action, @Nullable Double threshold) {}

    private final GuardrailProperties properties;

    PolicyBook(GuardrailProperties properties) {
        this.properties = properties;
    }

    Effective rule(String caller, ViolationKind kind) {
        Rule own = ruleOf(properties.policies().get(caller), kind);
        Rule fallback = ruleOf(properties.policies().get(DEFAULT), kind);
        Action action = first(own == null ? null : own.action(), fallback == null ? null : fallback.action());
        Double threshold = own != null && own.threshold() != null
                ? own.threshold()
                : fallback != null && fallback.threshold() != null ? fallback.threshold() : kind.defaultThreshold();
        return new Effective(action == null ? kind.defaultAction() : action, threshold);
    }

    private static @Nullable Rule ruleOf(@Nullable Policy policy, ViolationKind kind) {
        return policy == null ? null : kind.ruleOf(policy);
    }

    private static @Nullable Action first(@Nullable Action a, @Nullable Action b) {
        return a != null ? a : b;
    }
}
