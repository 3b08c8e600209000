package io.loadcast.rag.bench;

import io.loadcast.rag.RagProperties;
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
import java.util.HashMap;
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
            System.out.printf(
                    "%n| retriever (%s fusion in the service) | nDCG@10 | Recall@100 |%n|---|---|---|%n",
                    app.context.getEnvironment().getProperty("loadcast.rag.search.fusion", "CONVEX"));
            Map<RetrievalMode, Map<String, JsonNode>> results = new LinkedHashMap<>();
            for (RetrievalMode mode : RetrievalMode.values()) {
                results.put(mode, retrieve(app, queries, mode));
                double[] scores = evaluate(results.get(mode), qrels);
                System.out.printf("| %s | %.4f | %.4f |%n", mode, scores[0], scores[1]);
            }
            FusionCrossValidation.run(rankings(results, qrels));
            LatencyBenchmark.retrieval(
                    app, app.bean(SearchService.class), app.bean(Embedder.class), new ArrayList<>(queries.values()));
            LatencyBenchmark.query(app, new ArrayList<>(queries.values()));
            RagProperties.Search search = app.bean(RagProperties.class).search();
            EmbeddingBreakdown.run(search.model(), search.queryPrefix(), new ArrayList<>(queries.values()));
        }
        System.exit(0);
    }

    /** The stubbed guardrail, no answer cache, and any {@code key=value} args after the folder (e.g. RRF weights). */
    private static Map<String, Object> settings(GuardrailStub guard, String[] args) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("loadcast.rag.guardrail-url", guard.url());
        settings.put("loadcast.rag.cache.enabled", "false");
        // BEIR's protocol for dense retrieval: a document is its title and text, embedded whole up to the model's
        // 512 tokens; fixed before any run, so the token limit alone sizes chunks (the service default is 1,500
        // chars, for answers that quote short passages). Pass loadcast.rag.chunking.max-chars=1500 for the default.
        settings.put("loadcast.rag.chunking.max-chars", "100000");
        System.out.println("Chunking for SciFact: loadcast.rag.chunking.max-chars=100000 (BEIR protocol: whole"
                + " documents up to the model's 512 tokens; an argument below overrides it)");
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
                        + " embedding cache; %s)%n",
                docs,
                chunks,
                seconds,
                chunks / seconds,
                cache.size() - cachedBefore,
                chunks - (cache.size() - cachedBefore),
                Load.now());
    }

    /** Each query's top 300 chunks from {@code POST /api/v1/retrieve} (only the query text is sent). */
    private static Map<String, JsonNode> retrieve(BenchApp app, Map<String, String> queries, RetrievalMode mode)
            throws Exception {
        Map<String, JsonNode> results = new LinkedHashMap<>();
        for (Map.Entry<String, String> query : queries.entrySet()) {
            results.put(
                    query.getKey(),
                    app.post("/api/v1/retrieve", Map.of("query", query.getValue(), "topK", 300, "mode", mode.name()))
                            .path("results"));
        }
        return results;
    }

    /** Mean nDCG@10 and mean Recall@100, by document (chunks collapsed in rank order). */
    private static double[] evaluate(Map<String, JsonNode> results, Map<String, Map<String, Integer>> qrels) {
        double ndcg = 0;
        double recall = 0;
        for (Map.Entry<String, JsonNode> query : results.entrySet()) {
            List<String> ranked = new ArrayList<>(new LinkedHashSet<>(query.getValue()
                    .valueStream()
                    .map(r -> r.path("documentId").asString())
                    .toList()));
            Map<String, Integer> relevant = qrels.get(query.getKey());
            ndcg += RankingMetrics.ndcgAt10(ranked, relevant);
            recall += RankingMetrics.recallAt100(ranked, relevant);
        }
        return new double[] {ndcg / results.size(), recall / results.size()};
    }

    private static List<FusionCrossValidation.Rankings> rankings(
            Map<RetrievalMode, Map<String, JsonNode>> results, Map<String, Map<String, Integer>> qrels) {
        List<FusionCrossValidation.Rankings> rankings = new ArrayList<>();
        for (String queryId : results.get(RetrievalMode.BM25).keySet()) {
            Map<String, String> documentOf = new HashMap<>();
            rankings.add(new FusionCrossValidation.Rankings(
                    scores(results.get(RetrievalMode.BM25).get(queryId), documentOf),
                    scores(results.get(RetrievalMode.VECTOR).get(queryId), documentOf),
                    documentOf,
                    qrels.get(queryId)));
        }
        return rankings;
    }

    private static Map<String, Float> scores(JsonNode results, Map<String, String> documentOf) {
        Map<String, Float> scores = new LinkedHashMap<>();
        results.valueStream().forEach(r -> {
            scores.put(r.path("chunkId").asString(), (float) r.path("score").asDouble());
            documentOf.put(r.path("chunkId").asString(), r.path("documentId").asString());
        });
        return scores;
    }

    static Map<String, Map<String, Integer>> qrels(Path tsv) throws IOException {
        Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(tsv);
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            qrels.computeIfAbsent(cols[0], q -> new LinkedHashMap<>()).put(cols[1], Integer.parseInt(cols[2]));
        }
        return qrels;
    }

    static Map<String, String> queries(Path jsonl, Set<String> wanted) throws IOException {
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
