package io.loadcast.rag.bench;

import io.loadcast.rag.tools.IntentRouter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The intent router's calibration alone (no documents indexed): {@code ./mvnw -q -pl rag-service test-compile
 * exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.loadcast.rag.bench.RouterBenchmark} from the root.
 */
public final class RouterBenchmark {

    public static void main(String[] args) throws Exception {
        try (BenchApp app = new BenchApp(Map.of("loadcast.rag.sync-interval", "24h"))) {
            RouterCalibration.run(
                    AssistantBenchmark.questions(Path.of("rag-service/src/test/resources/eval/operator-questions.tsv")),
                    app.bean(IntentRouter.class));
        }
        System.exit(0);
    }
}
