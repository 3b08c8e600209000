package io.loadcast.rag.answers;

import java.util.List;

/**
 * A generator's answer with its citations, token counts (zero for the offline answerer) and the model tier that
 * wrote it.
 */
public record Generation(String answer, List<Citation> citations, int inputTokens, int outputTokens, ModelTier tier) {

    static Generation offline(String answer, List<Citation> citations) {
        return new Generation(answer, citations, 0, 0, ModelTier.OFFLINE);
    }

    Generation withAnswer(String newAnswer) {
        return new Generation(newAnswer, citations, inputTokens, outputTokens, tier);
    }
}
