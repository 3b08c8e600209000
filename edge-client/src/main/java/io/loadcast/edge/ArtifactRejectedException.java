package io.loadcast.edge;

import org.jspecify.annotations.Nullable;

/**
 * An artifact the client refused to serve: its sha256 differs from the registry's record, it has none, its source
 * is not the registry, or forecast-core cannot read it. The previous model keeps serving.
 */
public final class ArtifactRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ArtifactRejectedException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
