package io.loadcast.rag;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.rag.stubs.IngestStub;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Live facts through {@code POST /api/v1/query} with the offline answerer: the embedding router picks the tool (the
 * real bge-small model), the tool reads forecast-, registry- or ingest-service (HTTP stand-ins speaking their
 * contracts) and the answer quotes its numbers, cited as {@code tool:<kind>:<series>}.
 */
@RagSpringTest
class OperatorToolsTest {

    @LocalServerPort
    int port;

    @Test
    void servingModelWithItsBacktest() throws Exception {
        JsonNode answer = ask("Which model version is serving forecasts right now?");

        assertThat(answer.path("answer").asString())
                .startsWith("Model forecast-gb-nd version 7 (family day-ahead) is the champion serving forecasts for"
                        + " GB-ND.")
                .contains("MAPE 4.87%, MAE 1260 MW", "80% interval coverage 80.8% over 56 origins", "[1]");
        assertThat(firstCitation(answer)).isEqualTo("tool:serving_model:GB-ND");
    }

    @Test
    void canaryState() throws Exception {
        JsonNode answer = ask("Is a canary running at the moment?");

        assertThat(answer.path("answer").asString())
                .contains("The canary of forecast-gb-nd is ACTIVE: version 8 gets 10% of forecast traffic")
                .contains("canary 812.5, champion 840.0");
        assertThat(firstCitation(answer)).isEqualTo("tool:canary:GB-ND");
    }

    @Test
    void driftOfTheSeriesTheQuestionNames() throws Exception {
        JsonNode answer = ask("Is GB-ND drifting?");

        assertThat(answer.path("answer").asString())
                .contains("GB-ND is drifting: PSI 0.310 (threshold 0.200, drifted), KS 0.080 (threshold 0.100)");
        assertThat(firstCitation(answer)).isEqualTo("tool:drift:GB-ND");
    }

    @Test
    void dataQualityFromIngestService() throws Exception {
        JsonNode answer = ask("How complete is the data for GB-ND?");

        assertThat(answer.path("answer").asString())
                .contains("The latest reading of GB-ND is at " + IngestStub.LATEST)
                .contains("1341 of 1344 expected readings are present (99.8%, " + IngestStub.MISSING + " missing)")
                .contains("1 whole days have fewer than 48 readings");
        assertThat(firstCitation(answer)).isEqualTo("tool:data_quality:GB-ND");
    }

    @Test
    void recentTrainingRuns() throws Exception {
        JsonNode answer = ask("What were the latest training runs?");

        assertThat(answer.path("answer").asString())
                .contains("run-12 (lstm on GB-ND) FAILED", "timed out after 20m")
                .contains("run-11 (day-ahead on GB-ND) SUCCEEDED", "forecast-gb-nd version 7", "MAPE 4.87%");
        assertThat(firstCitation(answer)).isEqualTo("tool:training_runs:GB-ND");
    }

    @Test
    void offlineAnswersCostNothing() throws Exception {
        JsonNode usage = ask("Is a canary running at the moment?").path("usage");

        assertThat(usage.path("cost").asDouble()).isZero();
        assertThat(usage.path("model").asString()).isEqualTo("offline");
    }

    private JsonNode ask(String question) throws Exception {
        ApiClient.Reply reply =
                new ApiClient(port).post("/api/v1/query", Map.of("question", question, "variant", "concise"));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body();
    }

    private static String firstCitation(JsonNode answer) {
        return answer.path("citations").path(0).path("documentId").asString();
    }
}
