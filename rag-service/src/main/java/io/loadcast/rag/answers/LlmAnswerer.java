package io.loadcast.rag.answers;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.loadcast.rag.experiments.PromptVariant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Generation by an LLM through LangChain4j ({@link ChatModel}: OpenAI-compatible endpoints incl. vLLM and Ollama,
 * or Gemini). The variant's template numbers the sources; the {@code [n]} marks in the reply become citations,
 * and a reply that cites nothing is attributed to every source it was given.
 */
final class LlmAnswerer implements Generator {

    private static final Pattern MARK = Pattern.compile("\\[(\\d{1,2})]");
    private static final int QUOTE_CHARS = 300;

    private final Map<ModelTier, ChatModel> models;
    private final Complexity complexity;
    private final String provider;

    LlmAnswerer(Map<ModelTier, ChatModel> models, Complexity complexity, String provider) {
        this.models = models;
        this.complexity = complexity;
        this.provider = provider;
    }

    @Override
    public Generation generate(String question, List<Source> sources, PromptVariant variant) {
        String contexts = sources.stream()
                .map(s -> "[" + s.number() + "] " + s.title() + "\n" + s.text())
                .collect(Collectors.joining("\n\n"));
        String prompt = variant.template()
                .replace("{{contexts}}", contexts.isEmpty() ? "(no sources found)" : contexts)
                .replace("{{question}}", question);
        ModelTier tier = complexity.tier(question, sources);
        // both tiers exist whenever a chat model is configured (the large one defaults to the small one)
        ChatResponse response = Objects.requireNonNull(models.get(tier)).chat(UserMessage.from(prompt));
        String answer = response.aiMessage().text() == null
                ? ""
                : response.aiMessage().text().strip();
        Map<Integer, Source> byNumber = new LinkedHashMap<>();
        sources.forEach(s -> byNumber.put(s.number(), s));
        Map<Integer, Citation> cited = new LinkedHashMap<>();
        Matcher marks = MARK.matcher(answer);
        while (marks.find()) {
            Source s = byNumber.get(Integer.parseInt(marks.group(1)));
            if (s != null) {
                cited.putIfAbsent(s.number(), citation(s));
            }
        }
        List<Citation> citations =
                cited.isEmpty() ? sources.stream().map(LlmAnswerer::citation).toList() : List.copyOf(cited.values());
        TokenUsage usage = response.tokenUsage();
        return new Generation(
                answer,
                citations,
                usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount(),
                usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount(),
                tier);
    }

    static Citation citation(Source s) {
        String quote = s.text().length() <= QUOTE_CHARS ? s.text() : s.text().substring(0, QUOTE_CHARS) + "…";
        return new Citation(s.documentId(), s.title(), s.chunkId(), quote);
    }

    @Override
    public String provider() {
        return provider;
    }
}
