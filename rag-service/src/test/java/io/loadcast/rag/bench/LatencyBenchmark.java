package io.loadcast.rag.bench;

import static io.loadcast.rag.search.RetrievalMode.HYBRID;

import io.loadcast.rag.search.ClasspathOnnxModel;
import io.loadcast.rag.search.Embedder;
import io.loadcast.rag.search.RetrievalMode;
import io.loadcast.rag.search.SearchService;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/** Latency figures over an index built by {@link SciFactBenchmark}. */
final class LatencyBenchmark {

    private LatencyBenchmark() {}

    /**
     * In-process search, top 10: hybrid over query vectors already in the in-memory query cache (the quality run
     * embedded them), so it shows the index alone; hybrid with an unseen query, so the embedding is included; the
     * embedding alone; BM25 and vectors alone. Each figure is over three passes of the queries (900 samples).
     */
    static void retrieval(SearchService search, Embedder embedder, List<String> queries) {
        System.out.printf(
                "%nRetrieval latency over %d chunks (in process, top 10), %s:%n", search.chunkCount(), Load.now());
        // cached-vector figures first: the unseen queries below push the quality run's vectors out of the cache
        time("hybrid, query vector cached (index only)", queries, q -> search.search(q, 10, Map.of(), HYBRID));
        time("BM25 alone", queries, q -> search.search(q, 10, Map.of(), RetrievalMode.BM25));
        time("vectors alone, query vector cached", queries, q -> search.search(q, 10, Map.of(), RetrievalMode.VECTOR));
        int[] pass = {0};
        time(
                "hybrid, unseen query (embedding included)",
                queries,
                q -> search.search(q + " (unseen " + pass[0]++ + ")", 10, Map.of(), HYBRID));
        time("embedding an unseen query alone (bge-small)", queries, q -> embedder.embedQuery(q + " #" + pass[0]++));
        System.out.printf("  (%s)%n", Load.now());
    }

    /**
     * Query embedding with one ONNX Runtime thread per call against one per core, on fresh model instances, in the
     * order 1, all, 1 so that a change of machine load during the run shows up.
     */
    static void embeddingThreads(String model, List<String> queries) {
        System.out.printf("%nQuery embedding by ONNX Runtime threads (%s, %s):%n", model, Load.now());
        for (int threads : new int[] {1, 0, 1}) {
            ClasspathOnnxModel onnx = new ClasspathOnnxModel(model, threads);
            queries.subList(0, 20).forEach(q -> onnx.embed("warm-up " + q));
            time(threads == 0 ? "one thread per core" : threads + " thread", queries, q -> onnx.embed(q));
        }
        System.out.printf("  (%s)%n", Load.now());
    }

    private static void time(String what, List<String> queries, Consumer<String> call) {
        double[] millis = new double[3 * queries.size()];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            call.accept(queries.get(i % queries.size()));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        System.out.printf(
                "  %s: p50 %.2f ms, p99 %.2f ms%n", what, Percentiles.of(millis, 50), Percentiles.of(millis, 99));
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
