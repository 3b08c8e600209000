package io.loadcast.rag.bench;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.langchain4j.data.segment.TextSegment;
import io.loadcast.rag.search.ClasspathOnnxModel;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where a query embedding's time goes: the tokenizer alone, the service's single-text path with and without bge's
 * query instruction, and LangChain4j's batch path for one text (what every query paid before: a hand-off to a pool
 * thread, three tokenizer passes, the whole output copied). The calls are interleaved query by query, so a change
 * of machine load hits every row alike.
 */
final class EmbeddingBreakdown {

    private EmbeddingBreakdown() {}

    /** Alone, without an index: {@code EmbeddingBreakdown <beir-scifact folder> [model]}. */
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/beir-scifact");
        Map<String, String> queries = SciFactBenchmark.queries(
                data.resolve("queries.jsonl"),
                SciFactBenchmark.qrels(data.resolve("qrels/test.tsv")).keySet());
        run(
                args.length > 1 ? args[1] : "bge-small-en-v1.5-q",
                "Represent this sentence for searching relevant passages: ",
                new ArrayList<>(queries.values()));
        System.exit(0);
    }

    static void run(String model, String prefix, List<String> queries) throws Exception {
        ClasspathOnnxModel onnx = new ClasspathOnnxModel(model, 1);
        ClasspathOnnxModel twoThreads = new ClasspathOnnxModel(model, 2);
        HuggingFaceTokenizer tokenizer;
        try (InputStream json =
                EmbeddingBreakdown.class.getClassLoader().getResourceAsStream(model + "-tokenizer.json")) {
            tokenizer = HuggingFaceTokenizer.newInstance(json, Map.of("padding", "false"));
        }
        Map<String, Consumer<String>> calls = new LinkedHashMap<>();
        calls.put("tokenizer alone (with instruction)", q -> tokenizer.encode(prefix + q));
        calls.put("embedding, single-text path, with instruction (the service)", q -> onnx.embed(prefix + q));
        calls.put("embedding, single-text path, without instruction", q -> onnx.embed(q));
        calls.put(
                "embedding, single-text path, with instruction, 2 intra-op threads", q -> twoThreads.embed(prefix + q));
        calls.put(
                "embedding, LangChain4j batch path for one text, with instruction (before)",
                q -> onnx.embedAll(List.of(TextSegment.from(prefix + q))));
        queries.subList(0, 20).forEach(q -> calls.values().forEach(c -> c.accept(q)));
        Map<String, double[]> millis = new LinkedHashMap<>();
        calls.keySet().forEach(k -> millis.put(k, new double[3 * queries.size()]));
        System.out.printf("%nQuery embedding breakdown (%s, 1 ONNX thread, %s):%n", model, Load.now());
        for (int i = 0; i < 3 * queries.size(); i++) {
            String query = queries.get(i % queries.size());
            for (Map.Entry<String, Consumer<String>> call : calls.entrySet()) {
                long start = System.nanoTime();
                call.getValue().accept(query);
                millis.get(call.getKey())[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        long sameWordPieces = queries.stream()
                .filter(q -> Arrays.equals(
                        tokenizer.encode(prefix + q).getIds(),
                        tokenizer.encode(prefix + LatencyBenchmark.unseen(q, 7)).getIds()))
                .count();
        List<Integer> tokens = new ArrayList<>();
        queries.forEach(q -> tokens.add(onnx.countTokens(prefix + q) + 2));
        for (Map.Entry<String, double[]> row : millis.entrySet()) {
            System.out.printf(
                    "  %s: p50 %.2f ms, p99 %.2f ms%n",
                    row.getKey(), Percentiles.of(row.getValue(), 50), Percentiles.of(row.getValue(), 99));
        }
        System.out.printf(
                "  case-scrambled (unseen) queries with the same word pieces as the query: %d of %d%n",
                sameWordPieces, queries.size());
        System.out.printf(
                "  query length with instruction: median %d tokens (instruction %d tokens); %s%n",
                tokens.stream().sorted().toList().get(tokens.size() / 2), onnx.countTokens(prefix), Load.now());
    }
}
