package io.loadcast.guardrail.injection;

import io.loadcast.guardrail.embedding.TextEmbedder;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A file of bge-small embeddings keyed by the SHA-256 of the embedded text, so that training and the
 * leave-one-source-out benchmark embed the ~17,000 training texts once (minutes) rather than on every run. It is a
 * cache under {@code target/}: deleting it only costs time.
 */
public final class EmbeddingFile {

    private final Path file;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    public EmbeddingFile(Path file) throws IOException {
        this.file = file;
        if (Files.exists(file)) {
            try (DataInputStream in =
                    new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    String key = in.readUTF();
                    float[] v = new float[TextEmbedder.DIMENSIONS];
                    for (int j = 0; j < v.length; j++) {
                        v[j] = in.readFloat();
                    }
                    vectors.put(key, v);
                }
            }
        }
    }

    /** Embeds every text not yet in the file on {@code threads} threads, saving every 500 texts. */
    public void fill(Collection<String> texts, TextEmbedder embedder, int threads) throws IOException {
        List<String> missing = texts.stream()
                .distinct()
                .filter(t -> !vectors.containsKey(key(t)))
                .toList();
        for (int from = 0; from < missing.size(); from += CHUNK) {
            embed(missing.subList(from, Math.min(missing.size(), from + CHUNK)), embedder, threads);
            save();
        }
    }

    private static final int CHUNK = 500;

    private void embed(List<String> texts, TextEmbedder embedder, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = texts.stream()
                    .<Future<?>>map(t -> pool.submit(() -> vectors.put(key(t), embedder.embed(t))))
                    .toList();
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("embedding failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** The embedding of a text filled before. */
    public float[] get(String text) {
        float[] v = vectors.get(key(text));
        if (v == null) {
            throw new IllegalStateException("text not embedded yet: call fill first");
        }
        return v;
    }

    private void save() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (DataOutputStream out =
                new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(vectors.size());
            for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                out.writeUTF(e.getKey());
                for (float x : e.getValue()) {
                    out.writeFloat(x);
                }
            }
        }
    }

    private static String key(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
