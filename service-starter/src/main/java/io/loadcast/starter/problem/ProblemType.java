package io.loadcast.starter.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The catalogue of RFC 9457 problem types every loadcast service answers: one slug per condition, with its HTTP
 * status and title. Clients switch on the {@code type} URI, so a slug once published is not renamed; the table in
 * the service-starter README lists which services answer each one. Throw {@link LoadcastProblemException} with one
 * of these from any layer; {@link ProblemHandler} turns it into the HTTP answer.
 */
public enum ProblemType {
    // request shape, answered by ProblemHandler and the shared filters
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request"),
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request body"),
    MALFORMED_MULTIPART(HttpStatus.BAD_REQUEST, "malformed-multipart", "Malformed multipart body"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Forbidden"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error"),

    // bounds of one request
    BATCH_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "batch-too-large", "Batch too large"),
    TOO_MANY_CONTEXTS(HttpStatus.CONTENT_TOO_LARGE, "too-many-contexts", "Too many contexts"),
    TOO_MANY_PASSAGES(HttpStatus.BAD_REQUEST, "too-many-passages", "Too many passages"),
    TEXT_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "text-too-large", "Text too large"),
    INVALID_RANGE(HttpStatus.BAD_REQUEST, "invalid-range", "Invalid time range"),
    INVALID_INTERVAL(HttpStatus.BAD_REQUEST, "invalid-interval", "Invalid interval"),
    LIMIT_OUT_OF_RANGE(HttpStatus.BAD_REQUEST, "limit-out-of-range", "Limit out of range"),
    HORIZON_OUT_OF_RANGE(HttpStatus.BAD_REQUEST, "horizon-out-of-range", "Horizon out of range"),
    ORIGIN_IN_FUTURE(HttpStatus.BAD_REQUEST, "origin-in-future", "Origin in the future"),
    ORIGIN_OFF_GRID(HttpStatus.BAD_REQUEST, "origin-off-grid", "Origin not on a half-hour"),

    // readings, series and datasets
    SERIES_NOT_FOUND(HttpStatus.NOT_FOUND, "series-not-found", "Series not found"),
    DATASET_NOT_FOUND(HttpStatus.NOT_FOUND, "dataset-not-found", "Dataset not found"),
    EMPTY_DATASET(HttpStatus.UNPROCESSABLE_CONTENT, "empty-dataset", "Empty dataset"),
    READINGS_REJECTED(HttpStatus.UNPROCESSABLE_CONTENT, "readings-rejected", "No reading accepted"),
    NO_ROW_IMPORTABLE(HttpStatus.UNPROCESSABLE_CONTENT, "no-row-importable", "No row importable"),
    EMPTY_FILE(HttpStatus.BAD_REQUEST, "empty-file", "File not importable"),
    FILE_TOO_LARGE(HttpStatus.BAD_REQUEST, "file-too-large", "File not importable"),
    INVALID_GZIP(HttpStatus.BAD_REQUEST, "invalid-gzip", "File not importable"),
    MISSING_COLUMN(HttpStatus.BAD_REQUEST, "missing-column", "File not importable"),
    NO_LIVE_READINGS(HttpStatus.NOT_FOUND, "no-live-readings", "No live readings"),
    NO_HISTORY(HttpStatus.UNPROCESSABLE_CONTENT, "no-history", "No history before origin"),
    TOO_LITTLE_HISTORY(HttpStatus.UNPROCESSABLE_CONTENT, "too-little-history", "Too little history"),

    // models, training and serving
    NO_MODEL(HttpStatus.NOT_FOUND, "no-model", "No model for series"),
    NO_CHAMPION(HttpStatus.NOT_FOUND, "no-champion", "No champion"),
    NO_VERSION(HttpStatus.BAD_REQUEST, "no-version", "No model version"),
    UNKNOWN_MODEL(HttpStatus.BAD_REQUEST, "unknown-model", "Unknown model family"),
    UNKNOWN_MODEL_VERSION(HttpStatus.NOT_FOUND, "unknown-model-version", "Unknown model version"),
    UNKNOWN_HYPERPARAMETER(HttpStatus.BAD_REQUEST, "unknown-hyperparameter", "Unknown hyperparameter"),
    BAD_HYPERPARAMETER(HttpStatus.BAD_REQUEST, "bad-hyperparameter", "Bad hyperparameter"),
    BAD_TIMEOUT(HttpStatus.BAD_REQUEST, "bad-timeout", "Bad timeout"),
    UNKNOWN_STATUS(HttpStatus.BAD_REQUEST, "unknown-status", "Unknown status"),
    UNKNOWN_TRAINING_RUN(HttpStatus.NOT_FOUND, "unknown-training-run", "Unknown training run"),
    TRAINING_RUN_FINISHED(HttpStatus.CONFLICT, "training-run-finished", "Training run finished"),
    TRAINING_QUEUE_FULL(HttpStatus.SERVICE_UNAVAILABLE, "training-queue-full", "Training queue full"),
    NOTHING_SERVED(HttpStatus.NOT_FOUND, "nothing-served", "Nothing served"),
    UNKNOWN_REGISTERED_MODEL(HttpStatus.BAD_REQUEST, "unknown-registered-model", "Unknown registered model"),
    NO_SERVING_BINDING(HttpStatus.NOT_FOUND, "no-serving-binding", "No serving binding"),
    INVALID_PARAMETER_VALUE(HttpStatus.BAD_REQUEST, "invalid-parameter-value", "Invalid parameter value"),
    RESOURCE_ALREADY_EXISTS(HttpStatus.BAD_REQUEST, "resource-already-exists", "Resource already exists"),
    RESOURCE_DOES_NOT_EXIST(HttpStatus.NOT_FOUND, "resource-does-not-exist", "Resource does not exist"),
    INVALID_STATE(HttpStatus.BAD_REQUEST, "invalid-state", "Invalid state"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),

    // documents and answers
    INVALID_DOCUMENT(HttpStatus.BAD_REQUEST, "invalid-document", "Invalid document"),
    UNSUPPORTED_DOCUMENT_TYPE(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-document-type", "Unsupported document type"),
    UNREADABLE_DOCUMENT(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-document", "Unreadable document"),
    DOCUMENT_NOT_FOUND(HttpStatus.NOT_FOUND, "document-not-found", "Document not found"),
    JOB_NOT_FOUND(HttpStatus.NOT_FOUND, "job-not-found", "Job not found"),
    QUERY_NOT_FOUND(HttpStatus.NOT_FOUND, "query-not-found", "Query not found"),
    EXPERIMENT_NOT_FOUND(HttpStatus.NOT_FOUND, "experiment-not-found", "Experiment not found"),
    UNKNOWN_VARIANT(HttpStatus.BAD_REQUEST, "unknown-variant", "Unknown prompt variant"),
    QUESTION_BLOCKED(HttpStatus.UNPROCESSABLE_CONTENT, "question-blocked", "Question blocked"),
    ANSWER_BLOCKED(HttpStatus.UNPROCESSABLE_CONTENT, "answer-blocked", "Answer blocked"),

    // a service this one depends on did not answer
    INGEST_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "ingest-unavailable", "Readings unavailable"),
    REGISTRY_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "registry-unavailable", "Registry unavailable"),
    GUARDRAIL_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "guardrail-unavailable", "Guardrail unavailable"),
    DOCUMENT_STORE_UNAVAILABLE(
            HttpStatus.SERVICE_UNAVAILABLE, "document-store-unavailable", "Document store unavailable");

    private final HttpStatus status;
    private final String slug;
    private final String title;

    ProblemType(HttpStatus status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The stable {@code type} member, {@code https://loadcast.io/problems/<slug>}. */
    public URI uri() {
        return ProblemTypes.of(slug);
    }
}
