package io.loadcast.forecast.registry;

import org.jspecify.annotations.Nullable;

/** registry-service could not be reached or refused a call. */
public class RegistryUnavailableException extends RuntimeException {

    public RegistryUnavailableException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
