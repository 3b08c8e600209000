package io.loadcast.rag.experiments.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.rag.ApiClient;
import io.loadcast.rag.RagProperties;
import io.loadcast.rag.RagSpringTest;
import io.loadcast.rag.experiments.ExperimentLog;
import io.loadcast.rag.experiments.PromptVariants;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Experiments live in PostgreSQL: a fresh log and fresh variants over the same database (what a restarted or a
 * second replica sees) find the queries, ratings and session assignments made through the API.
 */
@RagSpringTest
class JdbcExperimentLogTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void keepsQueriesRatingsAndAssignmentsForAnotherProcess() throws Exception {
        ApiClient api = new ApiClient(port);
        JsonNode answer = api.post(
                        "/api/v1/query", Map.of("question", "What is a heat pump?", "sessionId", "restart-session-1"))
                .body();
        String queryId = answer.path("queryId").asString();
        assertThat(api.post("/api/v1/feedback", Map.of("queryId", queryId, "rating", 4))
                        .status())
                .isEqualTo(200);

        String unratedId = api.post("/api/v1/query", Map.of("question", "What is an interconnector?"))
                .body()
                .path("queryId")
                .asString();

        ExperimentLog restarted = new JdbcExperimentLog(JdbcClient.create(dataSource));

        assertThat(restarted.entries("prompts-v1"))
                .filteredOn(e -> e.queryId().equals(queryId))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.variant()).isEqualTo(answer.path("variant").asString());
                    assertThat(e.rating()).isEqualTo(4);
                    assertThat(e.latencyMs()).isPositive();
                });
        assertThat(restarted.entries("prompts-v1"))
                .filteredOn(e -> e.queryId().equals(unratedId))
                .singleElement()
                .satisfies(e -> assertThat(e.rating()).isNull());
        String other = answer.path("variant").asString().equals("concise") ? "detailed" : "concise";
        assertThat(restarted.assignOnce("prompts-v1", "restart-session-1", other))
                .isEqualTo(answer.path("variant").asString());
        assertThat(restarted.entries("another-experiment")).isEmpty();
    }

    @Test
    void aSessionKeepsItsStoredVariantWhenTheSharesChange() {
        ExperimentLog log = new JdbcExperimentLog(JdbcClient.create(dataSource));
        RagProperties.Experiment before = new RagProperties.Experiment(
                "shares-change",
                List.of(
                        new RagProperties.Variant("control", "v1", 1.0, 3),
                        new RagProperties.Variant("concise", "v1", 0.0, 1)));
        RagProperties.Experiment after = new RagProperties.Experiment(
                "shares-change",
                List.of(
                        new RagProperties.Variant("control", "v1", 0.0, 3),
                        new RagProperties.Variant("concise", "v1", 1.0, 1)));

        String first = new PromptVariants(before, log)
                .assign("long-lived-session", null)
                .name();
        String later = new PromptVariants(after, log)
                .assign("long-lived-session", null)
                .name();
        String newcomer =
                new PromptVariants(after, log).assign("new-session", null).name();

        assertThat(first).isEqualTo("control");
        assertThat(later).isEqualTo("control");
        assertThat(newcomer).isEqualTo("concise");
    }
}
