package io.loadcast.guardrail.guard.domain;

import io.loadcast.guardrail.guard.store.AuditLog;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** Checks retrieved passages for instructions hidden in them before rag-service puts them into a prompt. */
@Service
public class PassageGuard {

    /** A passage to check, with the caller's id for it. */
    public record Passage(String id, String text) {}

    /** One violation of a passage. */
    public record PassageViolation(ViolationKind type, double score) {}

    /** The outcome for one passage (same id, same order as asked). */
    public record PassageResult(String id, Decision decision, double score, List<PassageViolation> violations) {}

    private final IndirectInjectionScanner scanner;
    private final PolicyBook policies;
    private final AuditLog audit;
    private final GuardMetrics metrics;

    PassageGuard(IndirectInjectionScanner scanner, PolicyBook policies, AuditLog audit, GuardMetrics metrics) {
        this.scanner = scanner;
        this.policies = policies;
        this.audit = audit;
        this.metrics = metrics;
    }

    public List<PassageResult> check(String caller, List<Passage> passages) {
        List<PassageResult> out = new ArrayList<>(passages.size());
        for (Passage p : passages) {
            long started = System.nanoTime();
            Findings findings = new Findings(policies, caller);
            double score = Math.round(scanner.score(p.text()) * 1000) / 1000.0;
            findings.add(ViolationKind.INDIRECT_INJECTION, score, scanner.threshold());
            Decision decision = findings.decision();
            List<Violation> violations = findings.violations();
            if (decision != Decision.ALLOW) {
                audit.record(caller, "PASSAGE", decision.name(), p.text(), violations);
            }
            metrics.record("PASSAGE", decision, violations, System.nanoTime() - started);
            out.add(new PassageResult(
                    p.id(),
                    decision,
                    score,
                    violations.stream()
                            .map(v -> new PassageViolation(ViolationKind.INDIRECT_INJECTION, v.score()))
                            .toList()));
        }
        return out;
    }
}
