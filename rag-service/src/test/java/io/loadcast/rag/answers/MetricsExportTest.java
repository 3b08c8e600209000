package io.loadcast.rag.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.loadcast.rag.RagProperties;
import io.loadcast.rag.experiments.ExperimentLog;
import io.loadcast.rag.experiments.Feedback;
import io.loadcast.rag.experiments.PromptVariants;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Every {@code loadcast_rag_*} series the dashboards and alert rules read exists before the first question. */
class MetricsExportTest {

    private static final Path REPO = Path.of("..");
    private static final Pattern RAG_SERIES = Pattern.compile("loadcast_rag_[a-z0-9_]+");

    /** Only the constructor's registrations are exercised: no query is answered or rated here. */
    private static final ExperimentLog UNUSED = new ExperimentLog() {
        @Override
        public String assignOnce(String experimentId, String sessionId, String candidate) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void record(
                String experimentId, String queryId, String variant, @Nullable String sessionId, double latencyMs) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Entry> rate(String queryId, int rating) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Entry> entries(String experimentId) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void exportsEverySeriesTheDashboardsAndAlertsUseAtZeroOnStartup() throws IOException {
        assumeTrue(Files.isDirectory(REPO.resolve("grafana/dashboards")), "grafana/dashboards absent");
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        PromptVariants variants = new PromptVariants(new RagProperties.Experiment(
                "prompts-v1",
                List.of(
                        new RagProperties.Variant("control", "v1", 0.5, 3),
                        new RagProperties.Variant("concise", "v1", 0.5, 1))));
        new RagMetrics(meters, "offline", List.of("control", "concise"));
        new Feedback(UNUSED, variants, meters);

        String scrape = meters.scrape();

        Set<String> used = usedSeries();
        assertThat(used).contains("loadcast_rag_feedback_total", "loadcast_rag_stage_latency_seconds_bucket");
        assertThat(used).allSatisfy(series -> assertThat(scrape).contains(series + "{"));
        assertThat(scrape)
                .contains("loadcast_rag_feedback_total{rating=\"up\",variant=\"concise\"} 0.0")
                .contains("loadcast_rag_queries_total{variant=\"control\"} 0.0");
    }

    private static Set<String> usedSeries() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path folder : List.of(REPO.resolve("grafana/dashboards"), REPO.resolve("prometheus"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher series = RAG_SERIES.matcher(Files.readString(file));
                    while (series.find()) {
                        used.add(series.group());
                    }
                }
            }
        }
        return used;
    }
}
