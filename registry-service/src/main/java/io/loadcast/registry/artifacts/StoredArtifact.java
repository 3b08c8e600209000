package io.loadcast.registry.artifacts;

import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/** An artifact opened for download, with the SHA-256 recorded at upload when known. */
public record StoredArtifact(
        InputStream content,
        @Nullable String sha256,
        @Nullable Long size) {}
