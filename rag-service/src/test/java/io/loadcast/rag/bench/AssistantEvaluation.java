package io.loadcast.rag.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Asks every question through {@code POST /api/v1/query} and prints hit rate, abstention and latency. */
final class AssistantEvaluation {

    private static final String ABSTAIN = "The indexed documents do not cover this.";

    private AssistantEvaluation() {}

    static void run(BenchApp app, List<AssistantBenchmark.Question> questions) throws Exception {
        Map<String, int[]> byKind = new LinkedHashMap<>(); // kind -> {n, hits}
        int abstained = 0;
        int rightAbstentions = 0;
        int shouldAbstain = 0;
        List<Double> latencies = new ArrayList<>();
        List<String> transcript = new ArrayList<>();
        System.out.printf("%n| question | expected | outcome | first citation |%n|---|---|---|---|%n");
        for (AssistantBenchmark.Question q : questions) {
            long start = System.nanoTime();
            JsonNode answer = app.post("/api/v1/query", Map.of("question", q.text(), "variant", "control"));
            latencies.add((System.nanoTime() - start) / 1e6);
            boolean abstains = answer.path("answer").asString().startsWith(ABSTAIN);
            String text = answer.path("answer").asString();
            transcript.add("> " + q.text() + "\n\n" + text.substring(0, Math.min(400, text.length()))
                    + (text.length() > 400 ? " …" : "") + " (cites: "
                    + String.join(
                            ", ",
                            answer.path("citations")
                                    .valueStream()
                                    .map(c -> c.path("documentId").asString())
                                    .toList())
                    + ")\n");
            boolean hit = hit(q, answer, abstains);
            abstained += abstains ? 1 : 0;
            shouldAbstain += q.expected().equals("abstain") ? 1 : 0;
            rightAbstentions += abstains && q.expected().equals("abstain") ? 1 : 0;
            int[] kind = byKind.computeIfAbsent(q.kind() + " " + q.fold(), k -> new int[2]);
            kind[0]++;
            kind[1] += hit ? 1 : 0;
            System.out.printf(
                    "| %s | %s | %s | %s |%n",
                    q.text(),
                    q.expected(),
                    hit ? "hit" : abstains ? "abstained (miss)" : "miss",
                    answer.path("citations").path(0).path("documentId").asString("-"));
        }
        System.out.printf("%n| kind, fold | questions | hit rate |%n|---|---|---|%n");
        byKind.forEach((k, v) -> System.out.printf("| %s | %d | %.2f |%n", k, v[0], (double) v[1] / v[0]));
        double[] ms = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.printf(
                "%nAbstention precision %.2f (%d of %d abstentions were right), recall %.2f (%d of %d)%n",
                (double) rightAbstentions / Math.max(1, abstained),
                rightAbstentions,
                abstained,
                (double) rightAbstentions / Math.max(1, shouldAbstain),
                rightAbstentions,
                shouldAbstain);
        System.out.printf(
                "/query latency p50 %.1f ms, p95 %.1f ms, max %.1f ms (load %s)%n",
                Percentiles.of(ms, 50), Percentiles.of(ms, 95), Percentiles.of(ms, 100), Load.now());
        System.out.printf("%nTranscript (answers cut at 400 characters):%n%n%s", String.join("\n", transcript));
    }

    private static boolean hit(AssistantBenchmark.Question q, JsonNode answer, boolean abstains) {
        if (q.expected().equals("abstain")) {
            return abstains;
        }
        if (q.expected().startsWith("tool:")) {
            String tool = q.expected().substring(5);
            String prefix = tool.equals("FORECAST") ? "forecast:" : "tool:" + tool.toLowerCase() + ":";
            for (JsonNode c : answer.path("citations")) {
                if (c.path("documentId").asString().startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
        return !abstains && AssistantBenchmark.cites(answer, q.expected());
    }
}
