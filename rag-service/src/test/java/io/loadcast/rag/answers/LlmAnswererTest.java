package io.loadcast.rag.answers;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.model.chat.ChatModel;
import io.loadcast.rag.RagProperties;
import io.loadcast.rag.experiments.PromptVariant;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The provider path against a local HTTP server speaking the OpenAI chat-completions API. */
class LlmAnswererTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a model answers when it wants a tool called: the canary of GB-TSD. */
    private static final String TOOL_CALL = """
            {"id": "chatcmpl-2", "object": "chat.completion", "created": 1700000000, "model": "test-model",
             "choices": [{"index": 0, "finish_reason": "tool_calls",
               "message": {"role": "assistant", "content": null,
                 "tool_calls": [{"id": "call_1", "type": "function",
                   "function": {"name": "canary", "arguments": "{\\"seriesId\\": \\"GB-TSD\\"}"}}]}}],
             "usage": {"prompt_tokens": 300, "completion_tokens": 20, "total_tokens": 320}}
            """;

    private HttpServer server;
    private final AtomicReference<JsonNode> lastRequest = new AtomicReference<>();
    private final AtomicReference<String> lastAuthorization = new AtomicReference<>();

    @BeforeEach
    void openAiCompatibleServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            lastAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            lastRequest.set(JSON.readTree(exchange.getRequestBody().readAllBytes()));
            String completion = lastRequest.get().has("tools") ? TOOL_CALL : """
                    {"id": "chatcmpl-1", "object": "chat.completion", "created": 1700000000, "model": "test-model",
                     "choices": [{"index": 0, "finish_reason": "stop",
                       "message": {"role": "assistant",
                                   "content": "Offices and factories close on bank holidays [2]."}}],
                     "usage": {"prompt_tokens": 120, "completion_tokens": 12, "total_tokens": 132}}
                    """;
            byte[] body = completion.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sendsTheNumberedSourcesAndTurnsTheMarksIntoCitationsWithTokenCounts() {
        LlmAnswerer answerer = new LlmAnswerer(ChatModels.tiers(llm()), new Complexity(2), "openai");
        List<Source> sources = List.of(
                new Source(1, "tv", "TV pickups", "tv#0", "Kettles surge at half time."),
                new Source(2, "holidays", "Bank holidays", "holidays#0", "Offices and factories close."));
        PromptVariant variant = new PromptVariant("control", "v1", 1, 3, "Sources:\n{{contexts}}\nQ: {{question}}");

        Generation generation = answerer.generate("Why is demand lower on bank holidays?", sources, variant);

        assertThat(generation.answer()).isEqualTo("Offices and factories close on bank holidays [2].");
        assertThat(generation.citations()).hasSize(1);
        assertThat(generation.citations().get(0).documentId()).isEqualTo("holidays");
        assertThat(generation.citations().get(0).quote()).isEqualTo("Offices and factories close.");
        assertThat(generation.inputTokens()).isEqualTo(120);
        assertThat(generation.outputTokens()).isEqualTo(12);
        assertThat(lastAuthorization.get()).isEqualTo("Bearer sk-test");
        assertThat(lastRequest.get().path("model").asString()).isEqualTo("test-model");
        String prompt = lastRequest.get().at("/messages/0/content").asString();
        assertThat(prompt)
                .contains("[2] Bank holidays\nOffices and factories close.")
                .contains("Q: Why is demand lower on bank holidays?");
    }

    @Test
    void offlineProviderMeansNoChatModel() {
        assertThat(ChatModels.tiers(new RagProperties.Llm(
                        "none",
                        null,
                        null,
                        "m",
                        "l",
                        Duration.ofSeconds(1),
                        new RagProperties.Price(0, 0),
                        new RagProperties.Price(0, 0),
                        2)))
                .isEmpty();
    }

    @Test
    void routesAComplexQuestionToTheLargeModelAndPricesItsTokens() {
        LlmAnswerer answerer = new LlmAnswerer(ChatModels.tiers(llm()), new Complexity(2), "openai");
        List<Source> sources = List.of(new Source(1, "holidays", "Bank holidays", "holidays#0", "Offices close."));
        PromptVariant variant = new PromptVariant("control", "v1", 1, 3, "{{contexts}} {{question}}");

        Generation simple = answerer.generate("What is a bank holiday?", sources, variant);
        assertThat(lastRequest.get().path("model").asString()).isEqualTo("test-model");
        Generation complex = answerer.generate(
                "Why is demand lower on bank holidays, and how does that compare with weekends?", sources, variant);
        assertThat(lastRequest.get().path("model").asString()).isEqualTo("test-large");

        Prices prices = new Prices(new RagProperties.Price(0.15, 0.6), new RagProperties.Price(2.5, 10));
        assertThat(simple.tier()).isEqualTo(ModelTier.SMALL);
        assertThat(complex.tier()).isEqualTo(ModelTier.LARGE);
        // 120 input and 12 output tokens at the large model's 2.5 and 10 per 1k
        assertThat(prices.cost(complex.tier(), complex.inputTokens(), complex.outputTokens()))
                .isCloseTo(0.3 + 0.12, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(prices.cost(ModelTier.OFFLINE, 1000, 1000)).isZero();
    }

    @Test
    void aChatModelChoosesToolsByToolCallingOverTheToolMethods() {
        ChatModel small = ChatModels.tiers(llm()).get(ModelTier.SMALL);
        ToolCallingChoice choice =
                new ToolCallingChoice(small, io.loadcast.rag.tools.OperatorToolsFixture.offline(), JSON);

        ToolChoice.Chosen chosen = choice.choose("Is the new version of the transmission demand model on canary?");

        assertThat(chosen.calls())
                .containsExactly(new ToolChoice.Call(io.loadcast.rag.tools.ToolKind.CANARY, "GB-TSD"));
        assertThat(chosen.inputTokens()).isEqualTo(300);
        List<String> offered = lastRequest
                .get()
                .path("tools")
                .valueStream()
                .map(t -> t.path("function").path("name").asString())
                .toList();
        assertThat(offered)
                .containsExactlyInAnyOrder(
                        "forecast", "servingModel", "canary", "drift", "dataQuality", "trainingRuns");
    }

    private RagProperties.Llm llm() {
        return new RagProperties.Llm(
                "openai",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/v1",
                "sk-test",
                "test-model",
                "test-large",
                Duration.ofSeconds(5),
                new RagProperties.Price(0.15, 0.6),
                new RagProperties.Price(2.5, 10),
                2);
    }
}
