package io.loadcast.guardrail.guard.web;

import io.loadcast.guardrail.GuardrailProperties;
import io.loadcast.guardrail.TextLimits;
import io.loadcast.guardrail.guard.domain.PassageGuard;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Indirect-injection check of retrieved passages for rag-service; open (no key needed), rate-limited per caller. */
@RestController
@RequestMapping("/api/v1/guard")
class PassageController {

    /** The answer: one result per passage, in the order asked. */
    record PassageCheckResponse(List<PassageGuard.PassageResult> results) {}

    private final PassageGuard guard;
    private final GuardrailProperties properties;

    PassageController(PassageGuard guard, GuardrailProperties properties) {
        this.guard = guard;
        this.properties = properties;
    }

    @Operation(summary = "Check retrieved passages for instructions hidden in them (indirect prompt injection)")
    @PostMapping("/passages")
    PassageCheckResponse passages(@Valid @RequestBody PassageCheckRequest body, HttpServletRequest request) {
        int max = properties.passages().maxBatch();
        if (body.passages().size() > max) {
            throw new LoadcastProblemException(
                            ProblemType.TOO_MANY_PASSAGES,
                            "At most " + max + " passages may be checked at once, got "
                                    + body.passages().size() + ".")
                    .with("field", "passages")
                    .with("limit", max);
        }
        for (int i = 0; i < body.passages().size(); i++) {
            TextLimits.check(
                    "passages[" + i + "].text",
                    body.passages().get(i).text(),
                    properties.passages().maxChars());
        }
        List<PassageGuard.Passage> passages = body.passages().stream()
                .map(p -> new PassageGuard.Passage(p.id(), p.text()))
                .toList();
        return new PassageCheckResponse(guard.check(GuardAccessInterceptor.callerOrAnonymous(request), passages));
    }
}
