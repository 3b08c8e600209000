package io.loadcast.registry.promotion.web;

import io.loadcast.registry.access.Access;
import io.loadcast.registry.promotion.Canary;
import io.loadcast.registry.promotion.CanaryRequest;
import io.loadcast.registry.promotion.CanaryState;
import io.loadcast.registry.promotion.Overrides;
import io.loadcast.registry.promotion.Promotion;
import io.loadcast.registry.promotion.PromotionDecision;
import io.loadcast.registry.promotion.PromotionPolicy;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import io.loadcast.starter.security.ApiRole;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** loadcast's extensions to the registry: promotion policies, approvals and canaries, per registered model. */
@RestController
@RequestMapping("/api/v1/models/{name}")
class PromotionController {

    /** A live error of one version, as forecast-service measures it against arrived readings. */
    record LiveError(
            @NotBlank String version,
            @NotNull @PositiveOrZero Double error) {}

    /** Why a MANAGE key overrides the promotion policy; recorded in the audit log. */
    record OverrideRequest(@NotBlank @Size(max = 1000) String reason) {}

    private final Promotion promotion;
    private final Canary canary;
    private final Overrides overrides;
    private final Access access;

    PromotionController(Promotion promotion, Canary canary, Overrides overrides, Access access) {
        this.promotion = promotion;
        this.canary = canary;
        this.overrides = overrides;
        this.access = access;
    }

    @PostMapping("/versions/{version}/override")
    PromotionDecision override(
            @PathVariable String name,
            @PathVariable String version,
            @Valid @RequestBody OverrideRequest body,
            HttpServletRequest request) {
        return overrides.makeChampion(name, version, body.reason(), require(request, name, ApiRole.MANAGE));
    }

    @PutMapping("/policy")
    PromotionPolicy setPolicy(
            @PathVariable String name, @Valid @RequestBody PromotionPolicy policy, HttpServletRequest request) {
        return promotion.setPolicy(name, policy, require(request, name, ApiRole.MANAGE));
    }

    @GetMapping("/policy")
    PromotionPolicy policy(@PathVariable String name) {
        return promotion.policy(name);
    }

    @PostMapping("/versions/{version}/promotion")
    PromotionDecision evaluate(@PathVariable String name, @PathVariable String version, HttpServletRequest request) {
        return promotion.evaluate(name, version, require(request, name, ApiRole.EDIT));
    }

    @PostMapping("/versions/{version}/approval")
    PromotionDecision approve(@PathVariable String name, @PathVariable String version, HttpServletRequest request) {
        return promotion.approve(name, version, require(request, name, ApiRole.MANAGE));
    }

    @PutMapping("/canary")
    CanaryState setCanary(
            @PathVariable String name, @Valid @RequestBody CanaryRequest body, HttpServletRequest request) {
        String actor = require(request, name, ApiRole.EDIT);
        return canary.set(name, body, actor, access.allowed(request, Access.REGISTERED_MODEL, name, ApiRole.MANAGE));
    }

    @GetMapping("/canary")
    CanaryState canary(@PathVariable String name) {
        return canary.get(name);
    }

    @PostMapping("/canary/live-errors")
    CanaryState reportLiveError(
            @PathVariable String name, @Valid @RequestBody LiveError body, HttpServletRequest request) {
        require(request, name, ApiRole.EDIT);
        return canary.reportError(name, body.version(), body.error());
    }

    private String require(HttpServletRequest request, String model, ApiRole role) {
        if (!access.allowed(request, Access.REGISTERED_MODEL, model, role)) {
            throw new LoadcastProblemException(
                            ProblemType.FORBIDDEN, "This needs " + role + " on registered model '" + model + "'.")
                    .with("requiredRole", role);
        }
        return Access.actor(request);
    }
}
