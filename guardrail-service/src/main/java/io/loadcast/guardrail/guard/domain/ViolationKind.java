package io.loadcast.guardrail.guard.domain;

import io.loadcast.guardrail.GuardrailProperties.Action;
import io.loadcast.guardrail.GuardrailProperties.Policy;
import io.loadcast.guardrail.GuardrailProperties.Rule;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The kinds of violation a policy has a rule for, with the built-in rule used when no policy sets one. */
public enum ViolationKind {
    PROMPT_INJECTION(Policy::promptInjection, Action.BLOCK, null),
    INDIRECT_INJECTION(Policy::indirectInjection, Action.BLOCK, null),
    OBFUSCATION(Policy::obfuscation, Action.LOG, 0.5),
    PII(Policy::pii, Action.REDACT, 0.5),
    TOXICITY(Policy::toxicity, Action.BLOCK, 0.5),
    HARM(Policy::harm, Action.BLOCK, null),
    OFF_TOPIC(Policy::offTopic, Action.LOG, 0.5),
    DENIED_TOPIC(Policy::deniedTopic, Action.BLOCK, null),
    UNGROUNDED(Policy::ungrounded, Action.LOG, 0.5),
    IRRELEVANT(Policy::irrelevant, Action.LOG, 0.9);

    private final Function<Policy, @Nullable Rule> rule;
    private final Action defaultAction;
    private final @Nullable Double defaultThreshold;

    ViolationKind(Function<Policy, @Nullable Rule> rule, Action defaultAction, @Nullable Double defaultThreshold) {
        this.rule = rule;
        this.defaultAction = defaultAction;
        this.defaultThreshold = defaultThreshold;
    }

    @Nullable
    Rule ruleOf(Policy policy) {
        return rule.apply(policy);
    }

    Action defaultAction() {
        return defaultAction;
    }

    @Nullable
    Double defaultThreshold() {
        return defaultThreshold;
    }
}
