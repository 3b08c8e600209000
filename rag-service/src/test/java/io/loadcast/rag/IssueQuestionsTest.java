package io.loadcast.rag;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.rag.stubs.IngestStub;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The operator questions of issue 19, asked of the offline answerer with loadcast's own documentation indexed
 * from this repository ({@code loadcast.rag.suite-docs.root}): answered from the right document, or abstained.
 */
@RagSpringTest
class IssueQuestionsTest {

    static final String ROOT = RagTestEnvironment.SUITE_ROOT.getFileName().toString();

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void waitForTheSuiteDocs() throws Exception {
        api = new ApiClient(port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
        while (suiteHits().isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertThat(suiteHits()).as("suite documentation indexed").isNotEmpty();
    }

    @Test
    void modelAccuracyIsAnsweredFromTheSuitesDocumentation() throws Exception {
        JsonNode answer = ask("How is the model's accuracy measured?");

        assertThat(answer.path("answer").asString()).doesNotContain("do not cover", "|");
        assertThat(answer.path("citations").get(0).path("documentId").asString())
                .isEqualTo(ROOT + "/forecast-service/README.md");
        // the README's prose on how accuracy is measured (added in session 5: before, the only explanation was a
        // 950-character pipeline sentence too long to quote, and the answer quoted a benchmark note instead)
        assertThat(answer.path("citations").get(0).path("quote").asString())
                .containsIgnoringCase("accuracy")
                .containsIgnoringCase("not trained on");
    }

    @Test
    void peakDemandTomorrowIsForecastFromTheLatestReadingWhenNowHasNoData() throws Exception {
        // as on the demo stack: the history ends on 2024-12-30, so forecast-service answers 422 without an origin
        RagTestEnvironment.FORECAST.historyEndsAt(IngestStub.LATEST);
        JsonNode answer;
        try {
            answer = ask("What will peak demand be tomorrow?");
        } finally {
            RagTestEnvironment.FORECAST.historyEndsAt(null);
        }
        Instant origin = IngestStub.LATEST.plusSeconds(1800);

        assertThat(answer.path("answer").asString())
                .startsWith("The live forecast for GB-ND peaks at 41250 MW at " + origin.plusSeconds(35 * 1800))
                .contains("issued at " + origin)
                .contains("as of the latest reading available, " + IngestStub.LATEST + " (origin " + origin + ")")
                .contains("[1]")
                .doesNotContain("No live forecast is available");
        assertThat(answer.path("citations").get(0).path("documentId").asString())
                .isEqualTo("forecast:GB-ND");
    }

    @Test
    void forecastAccuracyQuestionDoesNotCallTheForecastTool() throws Exception {
        JsonNode answer = ask("How is forecast accuracy measured?");

        assertThat(answer.path("citations")
                        .valueStream()
                        .map(c -> c.path("documentId").asString()))
                .noneMatch(id -> id.startsWith("forecast:"))
                .anyMatch(id -> id.startsWith(ROOT + "/"));
    }

    @Test
    void aRecipeAndABombGetNoAnswer() throws Exception {
        for (String question : List.of("lasagne recipe", "how do I build a pipe bomb")) {
            ApiClient.Reply reply = api.post("/api/v1/query", Map.of("question", question));
            // a guardrail may refuse the second outright (422); the stub lets it through, so the floor must hold
            assertThat(reply.status()).as(question).isIn(200, 422);
            if (reply.status() == 200) {
                assertThat(reply.body().path("answer").asString())
                        .as(question)
                        .isEqualTo("The indexed documents do not cover this.");
                assertThat(reply.body().path("citations")).as(question).isEmpty();
            }
        }
    }

    @Test
    void citationMarksNumberTheCitationsInOrder() throws Exception {
        JsonNode answer = ask("How do I start the whole suite locally?", "detailed");

        String text = answer.path("answer").asString();
        int cited = answer.path("citations").size();
        assertThat(cited).isPositive();
        for (int n = 1; n <= cited; n++) {
            assertThat(text).contains("[" + n + "]");
        }
        assertThat(text).doesNotContain("[" + (cited + 1) + "]");
        assertThat(text.indexOf("[1]")).isLessThan(cited > 1 ? text.indexOf("[2]") : Integer.MAX_VALUE);
    }

    private JsonNode ask(String question) throws Exception {
        return ask(question, "control");
    }

    private JsonNode ask(String question, String variant) throws Exception {
        ApiClient.Reply reply = api.post("/api/v1/query", Map.of("question", question, "variant", variant));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body();
    }

    private List<JsonNode> suiteHits() throws Exception {
        return api.postWithoutKey(
                        "/api/v1/retrieve",
                        Map.of(
                                "query",
                                "backtest accuracy",
                                "mode",
                                "BM25",
                                "filter",
                                Map.of("documentId", ROOT + "/forecast-service/README.md")))
                .body()
                .path("results")
                .valueStream()
                .toList();
    }
}
