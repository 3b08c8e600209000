package io.loadcast.registry.mlflow;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the MLflow controllers in MLflow's body and statuses; ordered before the service-wide RFC 9457 handler,
 * which keeps every other path.
 */
@RestControllerAdvice(annotations = MlflowApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MlflowErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(MlflowErrorAdvice.class);

    @ExceptionHandler(MlflowException.class)
    ResponseEntity<MlflowError> mlflow(MlflowException ex) {
        return body(ex.code(), ex.getMessage());
    }

    @ExceptionHandler({
        HttpMessageNotReadableException.class,
        MissingServletRequestParameterException.class,
        MethodArgumentTypeMismatchException.class
    })
    ResponseEntity<MlflowError> badRequest(Exception ex) {
        return body(ErrorCode.INVALID_PARAMETER_VALUE, ex.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<MlflowError> unexpected(Exception ex, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return body(ErrorCode.INTERNAL_ERROR, "An unexpected error occurred; it has been logged.");
    }

    private static ResponseEntity<MlflowError> body(ErrorCode code, @Nullable String message) {
        return ResponseEntity.status(code.status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(new MlflowError(code.name(), message == null ? code.name() : message));
    }
}
