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

    /**
     * Tokens the provider counted (answer and tool choice) and what they cost at the configured prices per 1k
     * tokens; {@code model} is the tier that answered: {@code offline} (cost 0), {@code small} or {@code large}.
     */
    public record Usage(int inputTokens, int outputTokens, double cost, String model) {}

    static QueryResult of(
            String queryId, String answer, Generation generation, String variant, Steps steps, Usage usage) {
        return new QueryResult(
                queryId,
                answer,
                generation.citations(),
                variant,
                new Latency(
                        steps.millis(Steps.Step.RETRIEVAL),
                        steps.millis(Steps.Step.TOOL),
                        steps.millis(Steps.Step.GENERATION),
                        steps.millis(Steps.Step.GUARD_INPUT) + steps.millis(Steps.Step.GUARD_OUTPUT),
                        steps.totalMillis()),
                usage,
                false);
    }

    /** A cached answer under a new query id: only the input guard ran, and nothing was spent. */
    static QueryResult fromCache(QueryResult cached, String queryId, Steps steps) {
        return new QueryResult(
                queryId,
                cached.answer(),
                cached.citations(),
                cached.variant(),
                new Latency(0, 0, 0, steps.millis(Steps.Step.GUARD_INPUT), steps.totalMillis()),
                new Usage(0, 0, 0, cached.usage().model()),
                true);
    }
}
