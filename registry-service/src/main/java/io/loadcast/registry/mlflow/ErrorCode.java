package io.loadcast.registry.mlflow;

import org.springframework.http.HttpStatus;

/** MLflow's {@code ErrorCode} values this server answers, with the HTTP status MLflow's server pairs them with. */
public enum ErrorCode {
    INVALID_PARAMETER_VALUE(HttpStatus.BAD_REQUEST),
    RESOURCE_ALREADY_EXISTS(HttpStatus.BAD_REQUEST),
    RESOURCE_DOES_NOT_EXIST(HttpStatus.NOT_FOUND),
    INVALID_STATE(HttpStatus.BAD_REQUEST),
    PERMISSION_DENIED(HttpStatus.FORBIDDEN),
    /** Not one of MLflow's codes: a body this server will not read (a form-encoded artifact upload). */
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR);

    private final HttpStatus status;

    ErrorCode(HttpStatus status) {
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
