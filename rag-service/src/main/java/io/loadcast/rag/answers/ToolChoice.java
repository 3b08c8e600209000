package io.loadcast.rag.answers;

import io.loadcast.rag.tools.ToolKind;
import java.util.List;

/** Which tools a question needs, and for which series. */
interface ToolChoice {

    /**
     * @param calls the tools with the series each is asked about; empty when the documents answer
     * @param inputTokens tokens a chat model spent choosing (0 offline)
     * @param outputTokens tokens it wrote
     */
    record Chosen(List<Call> calls, int inputTokens, int outputTokens) {}

    record Call(ToolKind kind, String seriesId) {}

    Chosen choose(String question);
}
