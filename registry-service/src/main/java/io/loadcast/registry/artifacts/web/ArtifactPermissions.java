package io.loadcast.registry.artifacts.web;

import io.loadcast.registry.access.Access;
import io.loadcast.registry.artifacts.ArtifactPath;
import io.loadcast.registry.mlflow.ErrorCode;
import io.loadcast.registry.mlflow.MlflowException;
import io.loadcast.registry.tracking.Experiments;
import io.loadcast.starter.security.ApiCaller;
import io.loadcast.starter.security.ApiRole;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Artifact writes need EDIT on the experiment whose artifact root holds the path (as MLflow's auth plugin checks the
 * run's experiment), so one experiment's editor cannot overwrite another's {@code model.zip}; a path under no
 * experiment's root can be written only by a key configured with MANAGE.
 */
@Component
class ArtifactPermissions {

    private final Experiments experiments;
    private final Access access;

    ArtifactPermissions(Experiments experiments, Access access) {
        this.experiments = experiments;
        this.access = access;
    }

    void requireWrite(HttpServletRequest request, String path) {
        String key = ArtifactPath.normalize(path);
        boolean allowed = experiments
                .owningArtifact(key)
                .map(id -> access.allowed(request, Access.EXPERIMENT, id, ApiRole.EDIT))
                .orElseGet(() -> ApiCaller.of(request)
                        .map(c -> c.role() == ApiRole.MANAGE)
                        .orElse(false));
        if (!allowed) {
            throw new MlflowException(
                    ErrorCode.PERMISSION_DENIED,
                    "Permission denied: writing artifact '" + key + "' needs EDIT on the experiment that holds it.");
        }
    }
}
