package io.loadcast.starter.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one error handler of every service: every failure leaves as an RFC 9457 {@code application/problem+json}
 * with a stable {@code type}, the request path as {@code instance}, and for bad input the offending fields.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(LoadcastProblemException.class)
    ResponseEntity<ProblemDetail> handleLoadcastProblem(LoadcastProblemException ex, HttpServletRequest request) {
        ProblemDetail problem = ex.toProblemDetail();
        problem.setInstance(URI.create(request.getRequestURI()));
        HttpHeaders headers = new HttpHeaders();
        if (ex.status() == HttpStatus.UNAUTHORIZED) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"X-Api-Key\"");
        }
        return ResponseEntity.status(ex.status()).headers(headers).body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> handleConstraintViolation(
            ConstraintViolationException ex, HttpServletRequest request) {
        List<FieldError> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage(), null))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return badRequest(request, ProblemType.INVALID_REQUEST, errors);
    }

    /** A multipart body that cannot be parsed (truncated, no closing boundary) is the client's fault. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> handleMalformedMultipart(
            org.springframework.web.multipart.MultipartException ex, HttpServletRequest request) {
        String why = ex.getMostSpecificCause().getMessage();
        return badRequest(
                request,
                ProblemType.MALFORMED_MULTIPART,
                List.of(new FieldError("body", why == null ? "unreadable multipart body" : why, null)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception ex, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
        ProblemDetail problem =
                problem(ProblemType.INTERNAL_ERROR, "An unexpected error occurred; it has been logged.");
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), String.valueOf(e.getDefaultMessage()), null))
                .toList();
        ProblemDetail problem = problem(ProblemType.INVALID_REQUEST, summary(errors));
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldError error = JsonErrors.describe(ex);
        ProblemDetail problem = problem(ProblemType.MALFORMED_REQUEST, error.message());
        problem.setProperty("errors", List.of(error));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getType() == null
                    || "about:blank".equals(problem.getType().toString())) {
                problem.setType(ProblemTypes.forStatus(status));
            }
            if (request instanceof ServletWebRequest servlet) {
                problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
            }
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ResponseEntity<ProblemDetail> badRequest(
            HttpServletRequest request, ProblemType type, List<FieldError> errors) {
        ProblemDetail problem = problem(type, summary(errors));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static ProblemDetail problem(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    private static String summary(List<FieldError> errors) {
        return errors.stream()
                .map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("The request is invalid.");
    }
}
