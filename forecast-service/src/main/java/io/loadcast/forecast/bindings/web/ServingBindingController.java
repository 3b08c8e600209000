package io.loadcast.forecast.bindings.web;

import io.loadcast.forecast.bindings.AuditEntry;
import io.loadcast.forecast.bindings.ServingBinding;
import io.loadcast.forecast.bindings.ServingBindings;
import io.loadcast.forecast.bindings.TakeoverDecision;
import io.loadcast.forecast.bindings.Takeovers;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import io.loadcast.starter.security.ApiCaller;
import io.loadcast.starter.security.ApiRole;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serving bindings (changes need a MANAGE key), their audit trail and the takeover decisions. */
@RestController
class ServingBindingController {

    private final ServingBindings bindings;
    private final Takeovers takeovers;

    ServingBindingController(ServingBindings bindings, Takeovers takeovers) {
        this.bindings = bindings;
        this.takeovers = takeovers;
    }

    @Operation(summary = "Every serving binding: series -> registered model (and pinned version or alias)")
    @GetMapping("/api/v1/serving-bindings")
    List<ServingBinding> all() {
        return bindings.all();
    }

    @Operation(summary = "The binding of one series; 404 no-serving-binding when the naming rule picks its model")
    @GetMapping("/api/v1/serving-bindings/{series}")
    ServingBinding get(@PathVariable String series) {
        return bindings.get(series);
    }

    @Operation(summary = "Binds a series to a registered model (MANAGE key); audited")
    @PutMapping("/api/v1/serving-bindings/{series}")
    ServingBinding put(@PathVariable String series, @Valid @RequestBody BindingRequest r, HttpServletRequest http) {
        return bindings.set(series, r.modelName(), r.version(), r.alias(), r.reason(), manager(http));
    }

    @Operation(summary = "Removes a series' binding (MANAGE key): the naming rule applies again; audited")
    @DeleteMapping("/api/v1/serving-bindings/{series}")
    ServingBinding delete(@PathVariable String series, HttpServletRequest http) {
        return bindings.delete(series, manager(http));
    }

    @Operation(summary = "Binding changes and takeover decisions, newest first")
    @GetMapping("/api/v1/serving-audit")
    List<AuditEntry> audit(
            @RequestParam(required = false) @Nullable String seriesId, @RequestParam(defaultValue = "50") int limit) {
        return bindings.audit(seriesId, checked(limit));
    }

    @Operation(summary = "Same-window comparisons of a would-be new model with the serving one, newest first")
    @GetMapping("/api/v1/serving-takeovers")
    List<TakeoverDecision> takeovers(
            @RequestParam(required = false) @Nullable String seriesId, @RequestParam(defaultValue = "50") int limit) {
        return takeovers.decisions(seriesId, checked(limit));
    }

    /** The caller's name; writes pass the filter with EDIT, bindings decide what serves, so they need MANAGE. */
    private static String manager(HttpServletRequest http) {
        ApiCaller caller = ApiCaller.of(http)
                .orElseThrow(() -> new LoadcastProblemException(
                        ProblemType.UNAUTHENTICATED, "changing a serving binding needs an API key"));
        if (!caller.role().includes(ApiRole.MANAGE)) {
            throw new LoadcastProblemException(
                            ProblemType.FORBIDDEN,
                            "API key '" + caller.name() + "' may not change serving bindings: that needs MANAGE")
                    .with("requiredRole", ApiRole.MANAGE);
        }
        return caller.name();
    }

    private static int checked(int limit) {
        if (limit < 1 || limit > 500) {
            throw new LoadcastProblemException(ProblemType.LIMIT_OUT_OF_RANGE, "limit must be 1-500, was " + limit)
                    .with("field", "limit");
        }
        return limit;
    }
}
