package io.loadcast.forecast.series;

/** Ingest-service could not be reached or answered with an error. */
public class SourceUnavailableException extends RuntimeException {

    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
