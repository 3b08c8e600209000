package io.loadcast.forecast.core.model;

import org.jspecify.annotations.Nullable;

/** A saved model that cannot be loaded, with the reason. */
public class UnreadableModelException extends RuntimeException {

    public UnreadableModelException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
