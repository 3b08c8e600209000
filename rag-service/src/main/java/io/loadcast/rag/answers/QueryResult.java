package io.loadcast.rag.answers;

import java.util.List;

/** What {@code POST /api/v1/query} returns. */
public record QueryResult(
        String queryId,
        String answer,
        List<Citation> citations,
        String variant,
        Latency latencyMs,
        Usage usage,
        boolean cached) {

    /** Milliseconds per stage; {@code guard} adds the input and output checks. */
    public record Latency(double retrieval, double tool, double generation, double guard, double total) {}

    /** Tokens the provider counted and what they cost at the configured prices. */
    public record Usage(int inputTokens, int outputTokens, double cost) {}
}
