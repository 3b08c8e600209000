package io.loadcast.rag.answers;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.loadcast.rag.RagProperties;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds the configured LangChain4j chat models; none means the offline extractive answerer is used. */
final class ChatModels {

    private ChatModels() {}

    /** The small model (and the large one when configured) by tier; empty when the provider is {@code none}. */
    static Map<ModelTier, ChatModel> tiers(RagProperties.Llm llm) {
        Map<ModelTier, ChatModel> models = new EnumMap<>(ModelTier.class);
        ChatModel small = from(llm, llm.model());
        if (small != null) {
            models.put(ModelTier.SMALL, small);
            String large = llm.largeModel();
            ChatModel largeModel = large == null || large.isBlank() ? null : from(llm, large);
            models.put(ModelTier.LARGE, largeModel == null ? small : largeModel);
        }
        return models;
    }

    static @Nullable ChatModel from(RagProperties.Llm llm, String modelName) {
        String provider = llm.provider().toLowerCase(Locale.ROOT);
        return switch (provider) {
            case "none", "offline" -> null;
            case "openai" -> {
                OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                        .apiKey(llm.apiKey() == null || llm.apiKey().isBlank() ? "none" : llm.apiKey())
                        .modelName(modelName)
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
                        .modelName(modelName)
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
