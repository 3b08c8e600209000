package io.loadcast.registry.audit.web;

import io.loadcast.registry.audit.AuditEntry;
import io.loadcast.registry.audit.AuditLog;
import io.loadcast.registry.audit.Served;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit history and "which version served when". */
@Validated
@RestController
class AuditController {

    record AuditPage(List<AuditEntry> entries) {}

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit")
    AuditPage history(
            @RequestParam(required = false) @Nullable String model,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
            @RequestParam(defaultValue = "1000") @Min(1) @Max(10000) int limit) {
        return new AuditPage(audit.history(
                model,
                from == null ? Instant.EPOCH : from,
                to == null ? Instant.now().plusSeconds(1) : to,
                limit));
    }

    @GetMapping("/api/v1/models/{name}/served")
    Served servedAt(
            @PathVariable String name,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at,
            @RequestParam(defaultValue = "champion") String alias) {
        return audit.servedAt(name, alias, at)
                .orElseThrow(() -> new LoadcastProblemException(
                                ProblemType.NOTHING_SERVED,
                                "Alias '" + alias + "' of model '" + name + "' pointed to no version at " + at + ".")
                        .with("model", name)
                        .with("alias", alias)
                        .with("at", at.toString()));
    }
}
