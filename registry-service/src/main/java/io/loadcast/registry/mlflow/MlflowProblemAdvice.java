package io.loadcast.registry.mlflow;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The registry facades report MLflow errors; on loadcast's own {@code /api/v1} controllers they leave as RFC 9457
 * problems (type from {@link ErrorCode#problem()}, e.g. {@code resource-does-not-exist}). MLflow controllers are served
 * first by {@link MlflowErrorAdvice}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MlflowProblemAdvice {

    @ExceptionHandler(MlflowException.class)
    ResponseEntity<ProblemDetail> problem(MlflowException ex, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.code().status(), ex.getMessage());
        problem.setType(ex.code().problem().uri());
        problem.setTitle(ex.code().problem().title());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errorCode", ex.code().name());
        return ResponseEntity.status(ex.code().status()).body(problem);
    }
}
