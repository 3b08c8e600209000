package io.loadcast.forecast.series;

import org.jspecify.annotations.Nullable;

/** Ingest-service could not be reached or answered with an error. */
public class SourceUnavailableException extends RuntimeException {

    public SourceUnavailableException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
