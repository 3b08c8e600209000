package io.loadcast.rag.answers;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.loadcast.rag.tools.OperatorTools;
import io.loadcast.rag.tools.ToolKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With a chat model: LangChain4j tool calling. The small model is offered {@link OperatorTools}' {@code @Tool}
 * methods as tool specifications and asks for the ones the question needs; each request names a tool and a series.
 * The tools are then run by the answer pipeline, so their results become cited sources like any passage.
 */
final class ToolCallingChoice implements ToolChoice {

    private static final String INSTRUCTION = "You route operator questions about an electricity demand forecasting"
            + " suite. Call a tool only when the question asks for a live fact it returns; questions about how"
            + " things work are answered from documents, so call no tool for them.";

    private final ChatModel model;
    private final OperatorTools tools;
    private final JsonMapper json;

    ToolCallingChoice(ChatModel model, OperatorTools tools, JsonMapper json) {
        this.model = model;
        this.tools = tools;
        this.json = json;
    }

    @Override
    public Chosen choose(String question) {
        ChatResponse response = model.chat(ChatRequest.builder()
                .messages(SystemMessage.from(INSTRUCTION), UserMessage.from(question))
                .toolSpecifications(tools.specifications())
                .build());
        List<Call> calls = new ArrayList<>();
        if (response.aiMessage().hasToolExecutionRequests()) {
            for (ToolExecutionRequest request : response.aiMessage().toolExecutionRequests()) {
                ToolKind.byMethod(request.name())
                        .ifPresent(kind -> calls.add(
                                new Call(kind, series(request.arguments()).orElse(tools.seriesIn(question)))));
            }
        }
        TokenUsage usage = response.tokenUsage();
        return new Chosen(
                List.copyOf(calls),
                usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount(),
                usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount());
    }

    /** The series argument, whatever the parameter is called in the schema. */
    private Optional<String> series(String arguments) {
        try {
            for (JsonNode value : json.readTree(arguments)) {
                if (value.isString() && !value.asString().isBlank()) {
                    return Optional.of(value.asString());
                }
            }
        } catch (JacksonException e) {
            // a malformed argument: the series the question names, or the default
        }
        return Optional.empty();
    }
}
