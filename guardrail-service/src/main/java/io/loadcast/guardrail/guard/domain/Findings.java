package io.loadcast.guardrail.guard.domain;

import io.loadcast.guardrail.GuardrailProperties.Action;
import io.loadcast.guardrail.pii.PiiDetector;
import io.loadcast.guardrail.pii.PiiEntity;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects the violations of one check under one caller's policy and derives the decision and sanitised text. */
final class Findings {

    private final PolicyBook policies;
    private final String caller;
    private final List<Violation> violations = new ArrayList<>();
    private final List<PiiEntity> redactions = new ArrayList<>();

    Findings(PolicyBook policies, String caller) {
        this.policies = policies;
        this.caller = caller;
    }

    /** Records a finding when its score reaches the rule's threshold ({@code detectorThreshold} when unset). */
    void add(ViolationKind kind, String type, double score, double detectorThreshold, @Nullable PiiEntity span) {
        PolicyBook.Effective rule = policies.rule(caller, kind);
        double threshold = rule.threshold() == null ? detectorThreshold : rule.threshold();
        if (score < threshold) {
            return;
        }
        Action action = rule.action() == Action.REDACT && span == null ? Action.BLOCK : rule.action();
        violations.add(new Violation(
                type, round(score), span == null ? null : span.start(), span == null ? null : span.end(), action));
        if (action == Action.REDACT && span != null) {
            redactions.add(span);
        }
    }

    void add(ViolationKind kind, double score, double detectorThreshold) {
        add(kind, kind.name(), score, detectorThreshold, null);
    }

    void addPii(List<PiiEntity> entities) {
        for (PiiEntity e : entities) {
            add(ViolationKind.PII, "PII_" + e.type().name(), e.score(), 0.5, e);
        }
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }

    Decision decision() {
        if (violations.stream().anyMatch(v -> v.action() == Action.BLOCK)) {
            return Decision.BLOCK;
        }
        return redactions.isEmpty() ? Decision.ALLOW : Decision.REDACT;
    }

    String sanitize(String text) {
        return PiiDetector.redact(text, redactions);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
