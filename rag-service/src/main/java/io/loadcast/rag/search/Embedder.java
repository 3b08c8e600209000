package io.loadcast.rag.search;

import dev.langchain4j.data.segment.TextSegment;
import io.loadcast.rag.search.store.EmbeddingCacheFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The in-process embedding model behind a content-hash cache; every vector it returns has unit length. */
public final class Embedder {

    private final ClasspathOnnxModel model;
    private final EmbeddingCacheFile cache;
    private final String modelId;
    private final String queryPrefix;
    private final Map<String, float[]> recentQueries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > 1_000;
        }
    };

    public Embedder(ClasspathOnnxModel model, EmbeddingCacheFile cache, String modelId, String queryPrefix) {
        this.model = model;
        this.cache = cache;
        this.modelId = modelId;
        this.queryPrefix = queryPrefix;
    }

    /**
     * A search query, with the instruction the model was trained to see before queries. Queries are cached in
     * memory only (the most recent ones), so the disk cache holds passages alone.
     */
    public float[] embedQuery(String query) {
        synchronized (recentQueries) {
            float[] cached = recentQueries.get(query);
            if (cached != null) {
                return cached;
            }
        }
        float[] vector = normalised(
                model.embed(TextSegment.from(queryPrefix + query)).content().vector());
        synchronized (recentQueries) {
            recentQueries.put(query, vector);
        }
        return vector;
    }

    /** Passages, embedded as they are; cached ones are not embedded again. */
    public List<float[]> embedAll(List<String> texts) {
        List<String> keys = texts.stream().map(this::key).toList();
        Map<String, String> missing = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            if (cache.get(keys.get(i)).isEmpty()) {
                missing.putIfAbsent(keys.get(i), texts.get(i));
            }
        }
        if (!missing.isEmpty()) {
            List<TextSegment> segments =
                    missing.values().stream().map(TextSegment::from).toList();
            List<float[]> vectors = model.embedAll(segments).content().stream()
                    .map(e -> normalised(e.vector()))
                    .toList();
            Map<String, float[]> fresh = new LinkedHashMap<>();
            List<String> missingKeys = new ArrayList<>(missing.keySet());
            for (int i = 0; i < vectors.size(); i++) {
                fresh.put(missingKeys.get(i), vectors.get(i));
            }
            cache.putAll(fresh);
        }
        return keys.stream().map(k -> cache.get(k).orElseThrow()).toList();
    }

    /** Word pieces in the text, without the model's special tokens. */
    public int countTokens(String text) {
        return model.countTokens(text);
    }

    public int dimension() {
        return model.dimension();
    }

    private String key(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(modelId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static float[] normalised(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm == 0 ? 1f : (float) (1 / Math.sqrt(norm));
        float[] out = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            out[i] = vector[i] * scale;
        }
        return out;
    }
}
