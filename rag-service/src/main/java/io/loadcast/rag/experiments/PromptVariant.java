package io.loadcast.rag.experiments;

/**
 * A versioned prompt template with {@code {{question}}} and {@code {{contexts}}} placeholders; the offline
 * answerer uses {@code maxSentences} instead.
 */
public record PromptVariant(String name, String version, double share, int maxSentences, String template) {

    public String id() {
        return name + "." + version;
    }
}
