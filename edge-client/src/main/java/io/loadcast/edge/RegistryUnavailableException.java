package io.loadcast.edge;

import org.jspecify.annotations.Nullable;

/** registry-service did not answer usefully (connection refused, timeout, 5xx) after the retries. */
public final class RegistryUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RegistryUnavailableException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
