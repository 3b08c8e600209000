package io.loadcast.registry.artifacts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where artifact bytes live: keys are '/'-separated relative paths, already checked by {@link ArtifactPath}. */
public interface ArtifactStore {

    /** One child of a listed directory. */
    record Entry(String name, boolean directory, long size) {}

    void put(String key, Path file, long size) throws IOException;

    /** The stored bytes, streamed; empty when no file has that key. */
    Optional<InputStream> open(String key) throws IOException;

    /** The immediate children of a directory key ("" for the root), sorted by name. */
    List<Entry> list(String directory) throws IOException;

    boolean delete(String key) throws IOException;
}
