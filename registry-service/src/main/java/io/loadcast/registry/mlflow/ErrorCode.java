package io.loadcast.registry.mlflow;

import io.loadcast.starter.problem.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * MLflow's {@code ErrorCode} values this server answers, each with the catalogue's problem type for loadcast's own
 * API; the problem type's status is the one MLflow's server pairs the code with.
 */
public enum ErrorCode {
    INVALID_PARAMETER_VALUE(ProblemType.INVALID_PARAMETER_VALUE),
    RESOURCE_ALREADY_EXISTS(ProblemType.RESOURCE_ALREADY_EXISTS),
    RESOURCE_DOES_NOT_EXIST(ProblemType.RESOURCE_DOES_NOT_EXIST),
    INVALID_STATE(ProblemType.INVALID_STATE),
    PERMISSION_DENIED(ProblemType.FORBIDDEN),
    /** Not one of MLflow's codes: a body this server will not read (a form-encoded artifact upload). */
    UNSUPPORTED_MEDIA_TYPE(ProblemType.UNSUPPORTED_MEDIA_TYPE),
    INTERNAL_ERROR(ProblemType.INTERNAL_ERROR);

    private final ProblemType problem;

    ErrorCode(ProblemType problem) {
        this.problem = problem;
    }

    public HttpStatus status() {
        return problem.status();
    }

    /** The problem type this failure has on loadcast's own {@code /api/v1} controllers. */
    public ProblemType problem() {
        return problem;
    }
}
