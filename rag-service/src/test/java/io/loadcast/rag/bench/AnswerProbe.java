package io.loadcast.rag.bench;

import io.loadcast.rag.answers.RelevanceProbe;
import io.loadcast.rag.documents.FolderSync;
import io.loadcast.rag.search.Embedder;
import io.loadcast.rag.search.RetrievalMode;
import io.loadcast.rag.search.ScoredChunk;
import io.loadcast.rag.search.SearchService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * For inspection: the top-5 hybrid hits over this repository's documentation and the offline answerer's best
 * candidate sentences (rank, relevance, document) for each question given as an argument. Run from the root:
 * {@code ./mvnw -q -pl rag-service exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.loadcast.rag.bench.AnswerProbe -Dexec.args="'How is the model''s accuracy measured?'"}.
 */
public final class AnswerProbe {

    public static void main(String[] args) throws Exception {
        try (BenchApp app = new BenchApp(Map.of(
                "loadcast.rag.suite-docs.root",
                Path.of("").toAbsolutePath().toString(),
                "loadcast.rag.sync-interval",
                "24h"))) {
            app.bean(FolderSync.class).syncAll();
            RelevanceProbe probe = new RelevanceProbe(app.bean(Embedder.class));
            for (String question : args) {
                List<ScoredChunk> hits =
                        app.bean(SearchService.class).search(question, 5, Map.of(), RetrievalMode.HYBRID);
                System.out.println("\n## " + question);
                hits.forEach(h -> System.out.printf(
                        "hit %.3f %s [%s]%n",
                        h.score(), h.chunk().documentId(), h.chunk().section()));
                probe.explain(question, hits, 8).forEach(System.out::println);
            }
        }
        System.exit(0);
    }
}
