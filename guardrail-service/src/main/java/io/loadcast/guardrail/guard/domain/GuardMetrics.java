package io.loadcast.guardrail.guard.domain;

import io.loadcast.guardrail.GuardrailProperties.Action;
import io.loadcast.guardrail.moderation.HarmCategory;
import io.loadcast.guardrail.pii.PiiType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Meters of the guard checks; tag values are bounded (check kind, decision, violation type, action). */
@Component
class GuardMetrics {

    private final MeterRegistry registry;

    GuardMetrics(MeterRegistry registry, PolicyBook policies) {
        this.registry = registry;
        registerKnownSeries(policies);
    }

    /**
     * Registers every decision and every known violation type (under the default policy's action) at zero, so
     * dashboards and alerts that take {@code increase()} of them see a series from the first scrape rather than
     * "no data" until the first violation of a kind.
     */
    private void registerKnownSeries(PolicyBook policies) {
        Map<String, List<ViolationKind>> kinds = Map.of(
                "input",
                List.of(
                        ViolationKind.PROMPT_INJECTION,
                        ViolationKind.INDIRECT_INJECTION,
                        ViolationKind.OBFUSCATION,
                        ViolationKind.PII,
                        ViolationKind.TOXICITY,
                        ViolationKind.HARM,
                        ViolationKind.OFF_TOPIC,
                        ViolationKind.DENIED_TOPIC),
                "output",
                List.of(ViolationKind.PII, ViolationKind.TOXICITY, ViolationKind.UNGROUNDED, ViolationKind.IRRELEVANT),
                "passage",
                List.of(ViolationKind.INDIRECT_INJECTION));
        kinds.forEach((check, list) -> {
            for (Decision decision : Decision.values()) {
                decisions(check, decision);
            }
            for (ViolationKind kind : list) {
                Action action = policies.rule(PolicyBook.DEFAULT, kind).action();
                if (kind == ViolationKind.PII) {
                    for (PiiType type : PiiType.values()) {
                        violations(check, "PII_" + type.name(), action);
                    }
                } else if (kind == ViolationKind.HARM) {
                    for (HarmCategory c : HarmCategory.values()) {
                        if (c.harm()) {
                            violations(check, "HARM_" + c.name(), action);
                        }
                    }
                } else {
                    violations(check, kind.name(), action == Action.REDACT ? Action.BLOCK : action);
                }
            }
        });
    }

    private Counter decisions(String check, Decision decision) {
        return Counter.builder("loadcast.guardrail.decisions")
                .description("Guard checks by kind and decision")
                .tag("check", check)
                .tag("decision", decision.name())
                .register(registry);
    }

    private Counter violations(String check, String type, Action action) {
        return Counter.builder("loadcast.guardrail.violations")
                .description("Violations by type and the action taken")
                .tag("check", check)
                .tag("type", type)
                .tag("action", action.name())
                .register(registry);
    }

    void record(String check, Decision decision, List<Violation> violations, long nanos) {
        String kind = check.toLowerCase(java.util.Locale.ROOT);
        decisions(kind, decision).increment();
        for (Violation v : violations) {
            violations(kind, v.type(), v.action()).increment();
        }
        Timer.builder("loadcast.guardrail.check.latency")
                .description("Time to run a guard check")
                .tag("check", kind)
                .publishPercentiles(0.5, 0.99)
                .register(registry)
                .record(Duration.ofNanos(nanos));
    }
}
