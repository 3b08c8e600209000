package io.loadcast.registry.tracking.web;

import io.loadcast.registry.access.Access;
import io.loadcast.registry.mlflow.ErrorCode;
import io.loadcast.registry.mlflow.MlflowException;
import io.loadcast.registry.tracking.Runs;
import io.loadcast.starter.security.ApiRole;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** MLflow's PERMISSION_DENIED for a key without the needed permission on an experiment (or a run's experiment). */
@Component
class ExperimentPermissions {

    private final Access access;
    private final Runs runs;

    ExperimentPermissions(Access access, Runs runs) {
        this.access = access;
        this.runs = runs;
    }

    void onExperiment(HttpServletRequest request, @Nullable String experimentId, ApiRole needed) {
        if (experimentId != null && !access.allowed(request, Access.EXPERIMENT, experimentId, needed)) {
            throw new MlflowException(
                    ErrorCode.PERMISSION_DENIED,
                    "Permission denied: " + needed + " on experiment '" + experimentId + "' is required.");
        }
    }

    void onRun(HttpServletRequest request, @Nullable String runId, ApiRole needed) {
        if (runId != null && !runId.isEmpty()) {
            onExperiment(request, runs.info(runId).experimentId(), needed);
        }
    }

    /** Records the creator with its own role (see {@link Access#grantCreator}); soft-deleted experiments keep their rows, ids are never reused. */
    void grantCreator(HttpServletRequest request, String experimentId) {
        access.grantCreator(request, Access.EXPERIMENT, experimentId);
    }
}
