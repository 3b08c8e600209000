package io.loadcast.registry.mlflow;

import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/** A failure the MLflow API reports as {@code {"error_code": ..., "message": ...}}. */
public final class MlflowException extends RuntimeException {

    private final ErrorCode code;

    public MlflowException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public static MlflowException notFound(String message) {
        return new MlflowException(ErrorCode.RESOURCE_DOES_NOT_EXIST, message);
    }

    public static MlflowException invalid(String message) {
        return new MlflowException(ErrorCode.INVALID_PARAMETER_VALUE, message);
    }

    public static MlflowException exists(String message) {
        return new MlflowException(ErrorCode.RESOURCE_ALREADY_EXISTS, message);
    }

    /** The value, or INVALID_PARAMETER_VALUE naming the missing parameter as MLflow's server words it. */
    @Contract("null, _ -> fail")
    public static <T> T require(@Nullable T value, String parameter) {
        if (value == null || (value instanceof String s && s.isEmpty())) {
            throw invalid("Missing value for required parameter '" + parameter + "'.");
        }
        return value;
    }
}
