package io.loadcast.rag.bench;

import io.loadcast.rag.search.Embedder;
import io.loadcast.rag.search.RetrievalMode;
import io.loadcast.rag.search.SearchService;
import io.loadcast.rag.search.store.EmbeddingCacheFile;
import io.loadcast.rag.stubs.GuardrailStub;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;

/**
 * SciFact (BEIR test split) through the HTTP API: indexes the corpus with {@code POST /api/v1/documents}, runs
 * the 300 test queries through {@code POST /api/v1/retrieve} in each mode and prints nDCG@10 and Recall@100 at
 * document level; then retrieval latency in process over the same index, and {@code /query} latency with the
 * offline answerer (guard time apart, against a stub of guardrail-service). Only the query text is sent: the
 * queries' metadata holds the gold ids and is never read.
 *
 * <p>Args: the beir-scifact folder (default {@code ../shared/data/beir-scifact}), then optional
 * {@code property=value} settings, e.g. {@code loadcast.rag.search.bm25-weight=0.5}.
 */
public final class SciFactBenchmark {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/beir-scifact");
        if (!Files.exists(data.resolve("corpus.jsonl.gz"))) {
            System.out.println("SciFact absent at " + data.toAbsolutePath() + ": nothing to measure");
            return;
        }
        Map<String, Map<String, Integer>> qrels = qrels(data.resolve("qrels/test.tsv"));
        Map<String, String> queries = queries(data.resolve("queries.jsonl"), qrels.keySet());
        try (GuardrailStub guard = new GuardrailStub();
                BenchApp app = new BenchApp(settings(guard, args))) {
            index(app, data.resolve("corpus.jsonl.gz"));
            System.out.printf("%n| retriever | nDCG@10 | Recall@100 |%n|---|---|---|%n");
            for (RetrievalMode mode : RetrievalMode.values()) {
                double[] scores = evaluate(app, queries, qrels, mode);
                System.out.printf("| %s | %.4f | %.4f |%n", mode, scores[0], scores[1]);
            }
            LatencyBenchmark.retrieval(
                    app.bean(SearchService.class), app.bean(Embedder.class), new ArrayList<>(queries.values()));
            LatencyBenchmark.query(app, new ArrayList<>(queries.values()));
        }
        System.exit(0);
    }

    /** The stubbed guardrail, no answer cache, and any {@code key=value} args after the folder (e.g. RRF weights). */
    private static Map<String, Object> settings(GuardrailStub guard, String[] args) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("loadcast.rag.guardrail-url", guard.url());
        settings.put("loadcast.rag.cache.enabled", "false");
        for (int i = 1; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            settings.put(pair[0], pair[1]);
            System.out.println("Setting " + args[i]);
        }
        return settings;
    }

    private static void index(BenchApp app, Path corpus) throws Exception {
        EmbeddingCacheFile cache = app.bean(EmbeddingCacheFile.class);
        int cachedBefore = cache.size();
        List<Map<String, Object>> batch = new ArrayList<>();
        long start = System.nanoTime();
        int docs = 0;
        int chunks = 0;
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode doc = BenchApp.JSON.readTree(line);
                batch.add(Map.of(
                        "id", doc.path("_id").asString(),
                        "title", doc.path("title").asString(),
                        "text", doc.path("text").asString()));
                if (batch.size() == 32) {
                    chunks +=
                            app.post("/api/v1/documents", batch).path("chunks").asInt();
                    docs += batch.size();
                    batch.clear();
                    if (docs % 640 == 0) {
                        System.out.printf("  indexed %d documents, %d chunks%n", docs, chunks);
                    }
                }
            }
        }
        if (!batch.isEmpty()) {
            chunks += app.post("/api/v1/documents", batch).path("chunks").asInt();
            docs += batch.size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "Indexed %d documents as %d chunks in %.1f s: %.1f chunks/s (%d chunks embedded now, %d from the"
                        + " embedding cache)%n",
                docs,
                chunks,
                seconds,
                chunks / seconds,
                cache.size() - cachedBefore,
                chunks - (cache.size() - cachedBefore));
    }

    /** Mean nDCG@10 (gain = qrel score, log2 discount, as trec_eval) and mean Recall@100, by document. */
    private static double[] evaluate(
            BenchApp app, Map<String, String> queries, Map<String, Map<String, Integer>> qrels, RetrievalMode mode)
            throws Exception {
        double ndcg = 0;
        double recall = 0;
        for (Map.Entry<String, String> query : queries.entrySet()) {
            JsonNode results = app.post(
                            "/api/v1/retrieve", Map.of("query", query.getValue(), "topK", 300, "mode", mode.name()))
                    .path("results");
            List<String> ranked = new ArrayList<>(new LinkedHashSet<>(results.valueStream()
                    .map(r -> r.path("documentId").asString())
                    .toList()));
            Map<String, Integer> relevant = qrels.get(query.getKey());
            double dcg = 0;
            for (int i = 0; i < Math.min(10, ranked.size()); i++) {
                dcg += relevant.getOrDefault(ranked.get(i), 0) / log2(i + 2);
            }
            List<Integer> ideal =
                    relevant.values().stream().sorted((a, b) -> b - a).toList();
            double idcg = 0;
            for (int i = 0; i < Math.min(10, ideal.size()); i++) {
                idcg += ideal.get(i) / log2(i + 2);
            }
            ndcg += idcg == 0 ? 0 : dcg / idcg;
            Set<String> top100 = new LinkedHashSet<>(ranked.subList(0, Math.min(100, ranked.size())));
            long found = relevant.keySet().stream().filter(top100::contains).count();
            recall += (double) found / relevant.size();
        }
        return new double[] {ndcg / queries.size(), recall / queries.size()};
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static Map<String, Map<String, Integer>> qrels(Path tsv) throws IOException {
        Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(tsv);
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            qrels.computeIfAbsent(cols[0], q -> new LinkedHashMap<>()).put(cols[1], Integer.parseInt(cols[2]));
        }
        return qrels;
    }

    private static Map<String, String> queries(Path jsonl, Set<String> wanted) throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(jsonl)) {
            JsonNode query = BenchApp.JSON.readTree(line);
            if (wanted.contains(query.path("_id").asString())) {
                queries.put(query.path("_id").asString(), query.path("text").asString());
            }
        }
        return queries;
    }
}
