package io.loadcast.rag.bench;

import static io.loadcast.rag.search.RetrievalMode.HYBRID;

import io.loadcast.rag.search.Embedder;
import io.loadcast.rag.search.RetrievalMode;
import io.loadcast.rag.search.SearchService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/** Latency figures over an index built by {@link SciFactBenchmark}. */
final class LatencyBenchmark {

    private LatencyBenchmark() {}

    /**
     * In-process search, top 10, and {@code /retrieve} over HTTP, each call of every row made in turn for the same
     * query, so a change of machine load hits every row alike; three passes of the queries (900 samples a row). An
     * unseen query is the query with the case of its letters scrambled: bge's tokenizer and the BM25 analyser both
     * lower-case, so it costs exactly what the query costs, but the in-memory query-vector cache has not seen it
     * ({@link EmbeddingBreakdown} checks that the word pieces are the same). The second search with the same variant
     * finds its vector cached: the index alone.
     */
    static void retrieval(BenchApp app, SearchService search, Embedder embedder, List<String> queries) {
        System.out.printf("%nRetrieval latency over %d chunks (top 10), %s:%n", search.chunkCount(), Load.now());
        Map<String, BiConsumer<String, Integer>> calls = new LinkedHashMap<>();
        calls.put(
                "hybrid, unseen query (embedding included), in process",
                (q, i) -> search.search(unseen(q, 4 * i), 10, Map.of(), HYBRID));
        calls.put(
                "hybrid, same query again, vector cached (index only)",
                (q, i) -> search.search(unseen(q, 4 * i), 10, Map.of(), HYBRID));
        calls.put("BM25 alone", (q, i) -> search.search(q, 10, Map.of(), RetrievalMode.BM25));
        calls.put(
                "vectors alone, vector cached",
                (q, i) -> search.search(unseen(q, 4 * i), 10, Map.of(), RetrievalMode.VECTOR));
        calls.put(
                "embedding an unseen query alone (with the query cache lookup)",
                (q, i) -> embedder.embedQuery(unseen(q, 4 * i + 1)));
        calls.put("/retrieve over HTTP, hybrid, unseen query (client-side, JSON included)", (q, i) -> {
            try {
                app.post("/api/v1/retrieve", Map.of("query", unseen(q, 4 * i + 2), "topK", 10));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Map<String, double[]> millis = new LinkedHashMap<>();
        calls.keySet().forEach(k -> millis.put(k, new double[3 * queries.size()]));
        for (int i = 0; i < 3 * queries.size(); i++) {
            String query = queries.get(i % queries.size());
            for (Map.Entry<String, BiConsumer<String, Integer>> call : calls.entrySet()) {
                long start = System.nanoTime();
                call.getValue().accept(query, i);
                millis.get(call.getKey())[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        millis.forEach((what, values) -> System.out.printf(
                "  %s: p50 %.2f ms, p99 %.2f ms%n", what, Percentiles.of(values, 50), Percentiles.of(values, 99)));
        System.out.printf("  (%s)%n", Load.now());
    }

    /** The query with the case of its letters scrambled by {@code variant}: same word pieces, new cache key. */
    static String unseen(String query, int variant) {
        Random random = new Random(31L * variant + query.hashCode());
        StringBuilder out = new StringBuilder(query.length());
        for (char c : query.toCharArray()) {
            out.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** {@code POST /api/v1/query} over HTTP with the offline answerer; guard time is reported apart. */
    static void query(BenchApp app, List<String> queries) throws Exception {
        int n = Math.min(200, queries.size());
        double[] total = new double[n];
        double[] guard = new double[n];
        double[] beforeGuards = new double[n];
        double[] retrieval = new double[n];
        double[] generation = new double[n];
        for (int i = 0; i < n; i++) {
            JsonNode latency = app.post("/api/v1/query", Map.of("question", queries.get(i), "variant", "control"))
                    .path("latencyMs");
            total[i] = latency.path("total").asDouble();
            guard[i] = latency.path("guard").asDouble();
            beforeGuards[i] = total[i] - guard[i];
            retrieval[i] = latency.path("retrieval").asDouble();
            generation[i] = latency.path("generation").asDouble();
        }
        System.out.printf(
                "%n/query over HTTP, offline answerer, %d questions (%s): p50 total %.2f ms; p50 without guards %.2f"
                        + " ms (retrieval %.2f, generation %.2f); p50 guard calls %.2f ms%n",
                n,
                Load.now(),
                Percentiles.of(total, 50),
                Percentiles.of(beforeGuards, 50),
                Percentiles.of(retrieval, 50),
                Percentiles.of(generation, 50),
                Percentiles.of(guard, 50));
    }
}
