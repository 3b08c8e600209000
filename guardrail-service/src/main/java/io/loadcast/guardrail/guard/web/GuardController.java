package io.loadcast.guardrail.guard.web;

import io.loadcast.guardrail.GuardrailProperties;
import io.loadcast.guardrail.TextLimits;
import io.loadcast.guardrail.guard.domain.GuardResult;
import io.loadcast.guardrail.guard.domain.GuardService;
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

/** The guard checks over HTTP. They change nothing for the caller but need an API key, whose policy applies. */
@RestController
@RequestMapping("/api/v1/guard")
class GuardController {

    private final GuardService guard;
    private final GuardrailProperties properties;

    GuardController(GuardService guard, GuardrailProperties properties) {
        this.guard = guard;
        this.properties = properties;
    }

    @Operation(summary = "Check a user's text (and optional retrieved context) before it reaches the model")
    @PostMapping("/input")
    GuardResult input(@Valid @RequestBody InputCheckRequest body, HttpServletRequest request) {
        List<String> contexts = body.context() == null ? List.of() : body.context();
        limit("text", body.text());
        limitContexts("context", contexts);
        return guard.checkInput(GuardAccessInterceptor.callerName(request), body.text(), contexts);
    }

    @Operation(summary = "Check an answer for personal data, abuse, groundedness in its contexts and relevance")
    @PostMapping("/output")
    GuardResult output(@Valid @RequestBody OutputCheckRequest body, HttpServletRequest request) {
        limit("question", body.question());
        limit("answer", body.answer());
        limitContexts("contexts", body.contexts());
        return guard.checkOutput(
                GuardAccessInterceptor.callerName(request), body.question(), body.answer(), body.contexts());
    }

    private void limitContexts(String field, List<String> contexts) {
        if (contexts.size() > properties.maxContexts()) {
            throw new LoadcastProblemException(
                            ProblemType.TOO_MANY_CONTEXTS,
                            "At most " + properties.maxContexts() + " contexts may be checked at once, got "
                                    + contexts.size() + ".")
                    .with("field", field);
        }
        for (int i = 0; i < contexts.size(); i++) {
            limit(field + "[" + i + "]", contexts.get(i));
        }
    }

    private void limit(String field, String text) {
        TextLimits.check(field, text, properties.maxTextLength());
    }
}
