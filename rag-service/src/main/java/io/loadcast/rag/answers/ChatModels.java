package io.loadcast.rag.answers;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.loadcast.rag.RagProperties;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Builds the configured LangChain4j chat model; none means the offline extractive answerer is used. */
final class ChatModels {

    private ChatModels() {}

    static @Nullable ChatModel from(RagProperties.Llm llm) {
        String provider = llm.provider().toLowerCase(Locale.ROOT);
        return switch (provider) {
            case "none", "offline" -> null;
            case "openai" -> {
                OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                        .apiKey(llm.apiKey() == null || llm.apiKey().isBlank() ? "none" : llm.apiKey())
                        .modelName(llm.model())
                        .timeout(llm.timeout())
                        .temperature(0.0)
                        .maxRetries(1);
                if (llm.baseUrl() != null && !llm.baseUrl().isBlank()) {
                    builder.baseUrl(llm.baseUrl());
                }
                yield builder.build();
            }
            case "gemini" -> {
                GoogleAiGeminiChatModel.GoogleAiGeminiChatModelBuilder builder = GoogleAiGeminiChatModel.builder()
                        .apiKey(llm.apiKey())
                        .modelName(llm.model())
                        .timeout(llm.timeout())
                        .maxRetries(1);
                if (llm.baseUrl() != null && !llm.baseUrl().isBlank()) {
                    builder.baseUrl(llm.baseUrl());
                }
                yield builder.build();
            }
            default ->
                throw new IllegalStateException(
                        "loadcast.rag.llm.provider must be none, openai or gemini, not '" + llm.provider() + "'");
        };
    }
}
