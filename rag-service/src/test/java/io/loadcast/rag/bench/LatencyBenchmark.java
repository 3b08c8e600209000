package io.loadcast.rag.bench;

import io.loadcast.rag.search.Embedder;
import io.loadcast.rag.search.RetrievalMode;
import io.loadcast.rag.search.SearchService;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Latency figures over an index built by {@link SciFactBenchmark}. */
final class LatencyBenchmark {

    private LatencyBenchmark() {}

    /**
     * In-process hybrid search, top 10, over query vectors already in the in-memory query cache (the quality run
     * embedded them), so it shows the index alone; then the cost of embedding an unseen query on its own.
     */
    static void retrieval(SearchService search, Embedder embedder, List<String> queries) {
        System.out.printf("%nRetrieval latency over %d chunks (in process, top 10):%n", search.chunkCount());
        for (String pass : new String[] {"hybrid, first pass", "hybrid, second pass"}) {
            double[] millis = new double[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                long start = System.nanoTime();
                search.search(queries.get(i), 10, Map.of(), RetrievalMode.HYBRID);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            System.out.printf(
                    "  %s: p50 %.2f ms, p99 %.2f ms%n", pass, Percentiles.of(millis, 50), Percentiles.of(millis, 99));
        }
        double[] embedding = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            embedder.embedQuery(queries.get(i) + " (unseen)");
            embedding[i] = (System.nanoTime() - start) / 1e6;
        }
        System.out.printf(
                "  embedding an unseen query (bge-small, added to hybrid and vector searches): p50 %.2f ms, p99 %.2f"
                        + " ms%n",
                Percentiles.of(embedding, 50), Percentiles.of(embedding, 99));
        for (RetrievalMode mode : new RetrievalMode[] {RetrievalMode.BM25, RetrievalMode.VECTOR}) {
            double[] millis = new double[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                long start = System.nanoTime();
                search.search(queries.get(i), 10, Map.of(), mode);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            System.out.printf(
                    "  %s alone (warm): p50 %.2f ms, p99 %.2f ms%n",
                    mode, Percentiles.of(millis, 50), Percentiles.of(millis, 99));
        }
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
                "%n/query over HTTP, offline answerer, %d questions: p50 total %.2f ms; p50 without guards %.2f ms"
                        + " (retrieval %.2f, generation %.2f); p50 guard calls %.2f ms%n",
                n,
                Percentiles.of(total, 50),
                Percentiles.of(beforeGuards, 50),
                Percentiles.of(retrieval, 50),
                Percentiles.of(generation, 50),
                Percentiles.of(guard, 50));
    }
}
