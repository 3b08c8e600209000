package io.loadcast.guardrail.guard.domain;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/** Meters of the guard checks; tag values are bounded (check kind, decision, violation type, action). */
@Component
class GuardMetrics {

    private final MeterRegistry registry;

    GuardMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String check, Decision decision, List<Violation> violations, long nanos) {
        String kind = check.toLowerCase(java.util.Locale.ROOT);
        Counter.builder("loadcast.guardrail.decisions")
                .description("Guard checks by kind and decision")
                .tag("check", kind)
                .tag("decision", decision.name())
                .register(registry)
                .increment();
        for (Violation v : violations) {
            Counter.builder("loadcast.guardrail.violations")
                    .description("Violations by type and the action taken")
                    .tag("check", kind)
                    .tag("type", v.type())
                    .tag("action", v.action().name())
                    .register(registry)
                    .increment();
        }
        Timer.builder("loadcast.guardrail.check.latency")
                .description("Time to run a guard check")
                .tag("check", kind)
                .publishPercentiles(0.5, 0.99)
                .register(registry)
                .record(Duration.ofNanos(nanos));
    }
}
