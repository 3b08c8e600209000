package io.loadcast.rag.bench;

import io.loadcast.rag.answers.RelevanceProbe;
import io.loadcast.rag.documents.FolderSync;
import io.loadcast.rag.search.Embedder;
import io.loadcast.rag.search.RetrievalMode;
import io.loadcast.rag.search.SearchService;
import io.loadcast.rag.stubs.ForecastStub;
import io.loadcast.rag.stubs.GuardrailStub;
import io.loadcast.rag.stubs.IngestStub;
import io.loadcast.rag.stubs.RegistryStub;
import io.loadcast.rag.tools.IntentRouter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The operator question set ({@code src/test/resources/eval/operator-questions.tsv}, written before tuning) against
 * the energy documents and loadcast's own documentation, through {@code POST /api/v1/query} (offline answerer,
 * guardrail and forecast-service as HTTP stand-ins). First the relevance floor is chosen on fold A (the floor that
 * best separates answerable from unanswerable questions), and reported on fold B; then every question is asked and
 * hit rate, abstention precision/recall and latency printed, per kind and fold.
 *
 * <p>Args: the energy-docs folder, the repository root, then optional {@code property=value} settings.
 */
public final class AssistantBenchmark {

    record Question(String kind, String fold, String text, String expected) {}

    public static void main(String[] args) throws Exception {
        List<Question> questions = questions(Path.of("rag-service/src/test/resources/eval/operator-questions.tsv"));
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("loadcast.rag.demo-docs", Path.of(args[0]).toAbsolutePath().normalize());
        settings.put(
                "loadcast.rag.suite-docs.root",
                Path.of(args[1]).toAbsolutePath().normalize());
        settings.put("loadcast.rag.cache.enabled", "false");
        settings.put("loadcast.rag.sync-interval", "24h");
        for (int i = 2; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            settings.put(pair[0], pair[1]);
        }
        try (GuardrailStub guard = new GuardrailStub();
                ForecastStub forecast = new ForecastStub();
                IngestStub ingest = new IngestStub();
                RegistryStub registry = new RegistryStub()) {
            // as on the demo stack: the history ends before now, so the forecast needs the latest reading's origin
            forecast.historyEndsAt(IngestStub.LATEST);
            settings.put("loadcast.rag.guardrail-url", guard.url());
            settings.put("loadcast.rag.forecast-url", forecast.url());
            settings.put("loadcast.rag.ingest-url", ingest.url());
            settings.put("loadcast.rag.registry-url", registry.url());
            try (BenchApp app = new BenchApp(settings)) {
                long start = System.nanoTime();
                app.bean(FolderSync.class).syncAll();
                System.out.printf(
                        "Indexed %d chunks (energy docs + loadcast docs) in %.0f s, load %s%n",
                        app.bean(SearchService.class).chunkCount(), (System.nanoTime() - start) / 1e9, Load.now());
                RouterCalibration.run(questions, app.bean(IntentRouter.class));
                FloorCalibration.run(questions, probe(app, questions));
                AssistantEvaluation.run(app, questions);
            }
        }
        // the stubs' HTTP server executors are not daemon threads: without this exec:java waits for them forever
        System.exit(0);
    }

    /** The answerer's top sentence relevance per question, over the top-5 hybrid hits. */
    private static Map<Question, Double> probe(BenchApp app, List<Question> questions) {
        RelevanceProbe probe = new RelevanceProbe(app.bean(Embedder.class));
        SearchService search = app.bean(SearchService.class);
        Map<Question, Double> relevance = new LinkedHashMap<>();
        for (Question q : questions) {
            relevance.put(q, probe.topRelevance(q.text(), search.search(q.text(), 5, Map.of(), RetrievalMode.HYBRID)));
        }
        return relevance;
    }

    static List<Question> questions(Path tsv) throws Exception {
        List<Question> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            if (line.startsWith("#") || line.startsWith("kind\t") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            out.add(new Question(f[0], f[1], f[2], f[3]));
        }
        return out;
    }

    static boolean cites(JsonNode answer, String expected) {
        for (JsonNode c : answer.path("citations")) {
            for (String e : expected.split("\\|")) {
                if (c.path("documentId").asString().endsWith(e)
                        || c.path("documentId").asString().contains(e)) {
                    return true;
                }
            }
        }
        return false;
    }
}
