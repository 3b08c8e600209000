package io.loadcast.guardrail.embedding;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * Sentence embeddings from bge-small-en-v1.5 (quantised ONNX, 384 dimensions, run in-process, see {@link
 * BgeSmallModel}). The model is loaded once per JVM and shared, because loading it costs about a second and tests,
 * the trainer and the service all use it. Input beyond 512 tokens is truncated by the model.
 *
 * <p>The service's instance (see {@link EmbeddingConfig}) keeps a bounded LRU cache keyed by the SHA-256 of the
 * text: rag-service sends the same retrieved passages and the same system questions again and again, and the hash
 * keeps the cache's memory independent of text length. The trainer and the benchmarks' uncached figures use an
 * instance without a cache.
 */
public class TextEmbedder {

    public static final int DIMENSIONS = 384;

    private static final class Holder {
        static final EmbeddingModel MODEL = new BgeSmallModel();
    }

    private final @Nullable Cache<String, float[]> cache;

    /** An embedder without a cache. */
    public TextEmbedder() {
        this(0);
    }

    /** An embedder caching up to {@code cacheSize} embeddings (0: no cache). */
    public TextEmbedder(long cacheSize) {
        this.cache = cacheSize <= 0
                ? null
                : Caffeine.newBuilder().maximumSize(cacheSize).recordStats().build();
    }

    /** The unit-length embedding of a text (callers must not modify the array: it may be shared via the cache). */
    public float[] embed(String text) {
        if (cache == null) {
            return compute(text);
        }
        return cache.get(sha256(text), key -> compute(text));
    }

    /** Embeds a few texts so the first request does not pay for ONNX Runtime's lazy initialisation. */
    public void warmUp() {
        for (String s : new String[] {"warm up", "How is electricity demand forecast for tomorrow evening?"}) {
            for (int i = 0; i < 5; i++) {
                compute(s);
            }
        }
    }

    /** Cache hits so far (0 without a cache). */
    public long cacheHits() {
        return cache == null ? 0 : cache.stats().hitCount();
    }

    /** Cache misses so far, i.e. texts embedded by the model (0 without a cache). */
    public long cacheMisses() {
        return cache == null ? 0 : cache.stats().missCount();
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static float[] compute(String text) {
        float[] v = Holder.MODEL.embed(text.isBlank() ? "." : text).content().vector();
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 1f : (float) (1 / Math.sqrt(norm));
        float[] unit = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            unit[i] = v[i] * scale;
        }
        return unit;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
