package io.loadcast.rag.search.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings on disk keyed by a content hash, so re-ingesting or re-running a benchmark embeds nothing twice.
 * An append-only file of {@code [UTF key][int dims][floats]} records, read whole at startup; a record cut short
 * by a crash is dropped.
 */
public final class EmbeddingCacheFile {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingCacheFile.class);

    private final Path path;
    private final Map<String, float[]> entries = new ConcurrentHashMap<>();

    public EmbeddingCacheFile(Path path) {
        this.path = path;
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            if (Files.exists(path)) {
                load();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedding cache " + path, e);
        }
        log.info("Embedding cache {} holds {} vectors", path, entries.size());
    }

    public Optional<float[]> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Adds vectors and appends them to the file. */
    public synchronized void putAll(Map<String, float[]> vectors) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(
                path, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)))) {
            for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
                if (entries.putIfAbsent(entry.getKey(), entry.getValue()) == null) {
                    out.writeUTF(entry.getKey());
                    out.writeInt(entry.getValue().length);
                    for (float f : entry.getValue()) {
                        out.writeFloat(f);
                    }
                }
            }
        } catch (IOException e) {
            // the cache only saves work: a failed write costs a re-embedding later, not an answer now
            log.warn("Cannot append to the embedding cache {}", path, e);
        }
    }

    public int size() {
        return entries.size();
    }

    private void load() throws IOException {
        try (InputStream raw = Files.newInputStream(path);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            while (true) {
                String key = in.readUTF();
                float[] vector = new float[in.readInt()];
                for (int i = 0; i < vector.length; i++) {
                    vector[i] = in.readFloat();
                }
                entries.put(key, vector);
            }
        } catch (EOFException endOrTornRecord) {
            // normal end of file, or the last record was cut short: everything before it is kept
        }
    }
}
