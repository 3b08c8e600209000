package io.loadcast.registry.models.web;

import io.loadcast.registry.access.Access;
import io.loadcast.registry.mlflow.ErrorCode;
import io.loadcast.registry.mlflow.MlflowException;
import io.loadcast.starter.security.ApiRole;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** MLflow's PERMISSION_DENIED for a key without the needed permission on a registered model. */
@Component
class ModelPermissions {

    private final Access access;

    ModelPermissions(Access access) {
        this.access = access;
    }

    /** The caller's name, after checking it holds {@code needed} on the model. */
    String require(HttpServletRequest request, @Nullable String modelName, ApiRole needed) {
        if (modelName != null && !access.allowed(request, Access.REGISTERED_MODEL, modelName, needed)) {
            throw new MlflowException(
                    ErrorCode.PERMISSION_DENIED,
                    "Permission denied: " + needed + " on registered model '" + modelName + "' is required.");
        }
        return Access.actor(request);
    }

    /** Records the creator with its own role (see {@link Access#grantCreator}). */
    void grantCreator(HttpServletRequest request, String modelName) {
        access.grantCreator(request, Access.REGISTERED_MODEL, modelName);
    }

    void deleted(String name) {
        access.forget(Access.REGISTERED_MODEL, name);
    }

    void renamed(String oldName, String newName) {
        access.rename(Access.REGISTERED_MODEL, oldName, newName);
    }
}
