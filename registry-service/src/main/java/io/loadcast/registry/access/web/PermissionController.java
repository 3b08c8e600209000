package io.loadcast.registry.access.web;

import io.loadcast.registry.access.Access;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import io.loadcast.starter.security.ApiRole;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Grants a key a permission on one experiment or registered model; needs MANAGE on it. */
@RestController
class PermissionController {

    record Grant(
            @NotBlank @Pattern(regexp = "experiment|registered_model")
            String resourceType,

            @NotBlank String resourceId,
            @NotBlank String keyName,

            @NotBlank @Pattern(regexp = "READ|EDIT|MANAGE|NO_PERMISSIONS")
            String permission) {}

    private final Access access;

    PermissionController(Access access) {
        this.access = access;
    }

    @PutMapping("/api/v1/permissions")
    Grant grant(@Valid @RequestBody Grant grant, HttpServletRequest request) {
        if (!access.allowed(request, grant.resourceType(), grant.resourceId(), ApiRole.MANAGE)) {
            throw new LoadcastProblemException(
                            ProblemType.FORBIDDEN,
                            "Granting permissions needs MANAGE on " + grant.resourceType() + " '" + grant.resourceId()
                                    + "'.")
                    .with("requiredRole", ApiRole.MANAGE);
        }
        access.grant(grant.resourceType(), grant.resourceId(), grant.keyName(), grant.permission());
        return grant;
    }
}
