package io.loadcast.rag.answers;

import io.loadcast.rag.experiments.ExperimentLog;
import io.loadcast.rag.experiments.PromptVariant;
import io.loadcast.rag.experiments.PromptVariants;
import io.loadcast.rag.forecast.ForecastFact;
import io.loadcast.rag.forecast.ForecastTool;
import io.loadcast.rag.guard.GuardClient;
import io.loadcast.rag.guard.GuardVerdict;
import io.loadcast.rag.search.Embedder;
import io.loadcast.rag.search.RetrievalMode;
import io.loadcast.rag.search.ScoredChunk;
import io.loadcast.rag.search.SearchService;
import io.loadcast.starter.problem.LoadcastProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The answers feature's facade: guard input, (semantic cache,) retrieval, the forecast tool, generation, guard
 * output. Any guard failure stops the answer (fail closed); a block is a 422 problem naming the violations.
 */
public final class AnswerService {

    /** A question as asked. */
    public record Question(
            String text,
            int topK,
            @Nullable String variant,
            @Nullable String sessionId) {}

    private final GuardClient guard;
    private final SearchService search;
    private final Embedder embedder;
    private final ForecastTool forecasts;
    private final Generator generator;
    private final PromptVariants variants;
    private final ExperimentLog experiments;
    private final @Nullable SemanticCache cache;
    private final RagMetrics metrics;
    private final double inputCostPerToken;
    private final double outputCostPerToken;

    AnswerService(
            GuardClient guard,
            SearchService search,
            Embedder embedder,
            ForecastTool forecasts,
            Generator generator,
            PromptVariants variants,
            ExperimentLog experiments,
            @Nullable SemanticCache cache,
            RagMetrics metrics,
            double inputCostPerMillion,
            double outputCostPerMillion) {
        this.guard = guard;
        this.search = search;
        this.embedder = embedder;
        this.forecasts = forecasts;
        this.generator = generator;
        this.variants = variants;
        this.experiments = experiments;
        this.cache = cache;
        this.metrics = metrics;
        this.inputCostPerToken = inputCostPerMillion / 1e6;
        this.outputCostPerToken = outputCostPerMillion / 1e6;
    }

    public QueryResult answer(Question question) {
        long start = System.nanoTime();
        PromptVariant variant = variants.assign(question.sessionId(), question.variant());
        String queryId = UUID.randomUUID().toString();

        GuardVerdict input = guard.checkInput(question.text());
        long guardNanos = System.nanoTime() - start;
        metrics.stage("guard_input", guardNanos);
        if (input.blocked()) {
            metrics.guardBlock("input");
            throw blocked("question-blocked", "Question blocked", "The question was blocked by the guardrails.", input);
        }
        String text = input.redacted() ? input.sanitizedText() : question.text();

        float[] embedding = cache == null ? null : embedder.embedQuery(text);
        if (cache != null) {
            Optional<QueryResult> hit = cache.find(variant.name(), embedding);
            metrics.cache(hit.isPresent());
            if (hit.isPresent()) {
                return recorded(fromCache(hit.get(), queryId, guardNanos, start), variant);
            }
        }

        long t = System.nanoTime();
        List<ScoredChunk> hits = search.search(text, question.topK(), Map.of(), RetrievalMode.HYBRID);
        long retrievalNanos = System.nanoTime() - t;
        metrics.stage("retrieval", retrievalNanos);
        if (!hits.isEmpty()) {
            metrics.retrievalScore(hits.get(0).score());
        }

        t = System.nanoTime();
        List<Source> sources = new ArrayList<>();
        if (forecasts.wants(text)) {
            forecasts.forecast(forecasts.seriesIn(text)).ifPresent(f -> sources.add(forecastSource(f)));
        }
        long toolNanos = System.nanoTime() - t;
        metrics.stage("tool", toolNanos);
        for (ScoredChunk hit : hits) {
            sources.add(new Source(
                    sources.size() + 1,
                    hit.chunk().documentId(),
                    hit.chunk().title(),
                    hit.chunk().chunkId(),
                    hit.chunk().text()));
        }

        t = System.nanoTime();
        Generation generation = generator.generate(text, sources, variant);
        long generationNanos = System.nanoTime() - t;
        metrics.stage("generation", generationNanos);

        t = System.nanoTime();
        GuardVerdict output = guard.checkOutput(
                text, generation.answer(), sources.stream().map(Source::text).toList());
        long outputGuardNanos = System.nanoTime() - t;
        metrics.stage("guard_output", outputGuardNanos);
        if (output.blocked()) {
            metrics.guardBlock("output");
            throw blocked("answer-blocked", "Answer blocked", "The answer was withheld by the guardrails.", output);
        }
        String answer = output.redacted() ? output.sanitizedText() : generation.answer();

        double cost = generation.inputTokens() * inputCostPerToken + generation.outputTokens() * outputCostPerToken;
        metrics.tokens(generator.provider(), generation.inputTokens(), generation.outputTokens(), cost);
        QueryResult result = new QueryResult(
                queryId,
                answer,
                generation.citations(),
                variant.name(),
                new QueryResult.Latency(
                        millis(retrievalNanos),
                        millis(toolNanos),
                        millis(generationNanos),
                        millis(guardNanos + outputGuardNanos),
                        millis(System.nanoTime() - start)),
                new QueryResult.Usage(generation.inputTokens(), generation.outputTokens(), cost),
                false);
        if (cache != null && !forecasts.wants(text)) {
            // answers quoting a live forecast go stale with the next forecast, so they are not cached
            cache.put(variant.name(), embedding, result);
        }
        return recorded(result, variant);
    }

    private QueryResult recorded(QueryResult result, PromptVariant variant) {
        experiments.record(result.queryId(), variant.name(), result.latencyMs().total());
        metrics.answered(variant.name());
        return result;
    }

    private static QueryResult fromCache(QueryResult cached, String queryId, long guardNanos, long start) {
        return new QueryResult(
                queryId,
                cached.answer(),
                cached.citations(),
                cached.variant(),
                new QueryResult.Latency(0, 0, 0, millis(guardNanos), millis(System.nanoTime() - start)),
                new QueryResult.Usage(0, 0, 0),
                true);
    }

    private static Source forecastSource(ForecastFact fact) {
        return new Source(
                1,
                "forecast:" + fact.seriesId(),
                "Live forecast " + fact.seriesId() + " (model " + fact.modelName() + " " + fact.modelVersion()
                        + ", issued " + fact.origin() + ")",
                "forecast:" + fact.seriesId() + "@" + fact.origin(),
                fact.summary());
    }

    private static LoadcastProblemException blocked(String slug, String title, String detail, GuardVerdict verdict) {
        return new LoadcastProblemException(HttpStatus.UNPROCESSABLE_CONTENT, slug, title, detail)
                .with("violations", verdict.violationTypes());
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }
}
