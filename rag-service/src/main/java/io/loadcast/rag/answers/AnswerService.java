package io.loadcast.rag.answers;

import io.loadcast.rag.experiments.ExperimentLog;
import io.loadcast.rag.experiments.PromptVariant;
import io.loadcast.rag.experiments.PromptVariants;
import io.loadcast.rag.forecast.ForecastFact;
import io.loadcast.rag.forecast.ForecastTool;
import io.loadcast.rag.guard.GuardClient;
import io.loadcast.rag.guard.GuardVerdict;
import io.loadcast.rag.guard.PassageScreen;
import io.loadcast.rag.search.Embedder;
import io.loadcast.rag.search.RetrievalMode;
import io.loadcast.rag.search.ScoredChunk;
import io.loadcast.rag.search.SearchService;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * The answers feature's facade: guard input, (semantic cache,) retrieval, the forecast tool, generation, guard
 * output. Any guard failure stops the answer (fail closed); a block is a 422 problem naming the violations.
 */
public final class AnswerService {

    private static final Logger log = LoggerFactory.getLogger(AnswerService.class);

    /** A question as asked. */
    public record Question(
            String text,
            int topK,
            @Nullable String variant,
            @Nullable String sessionId) {}

    private final GuardClient guard;
    private final PassageScreen passages;
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
            PassageScreen passages,
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
        this.passages = passages;
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
            throw blocked(ProblemType.QUESTION_BLOCKED, "The question was blocked by the guardrails.", input);
        }
        String text = input.textOr(question.text());

        float @Nullable [] embedding = cache == null ? null : embedder.embedQuery(text);
        if (cache != null && embedding != null) {
            Optional<QueryResult> hit = cache.find(variant.name(), text, embedding);
            metrics.cache(hit.isPresent());
            if (hit.isPresent()) {
                return recorded(fromCache(hit.get(), queryId, guardNanos, start), variant, question);
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
        ForecastTool.Lookup forecast = forecasts.wants(text) ? forecasts.lookup(forecasts.seriesIn(text)) : null;
        if (forecast != null) {
            forecast.fact().ifPresent(f -> sources.add(forecastSource(f)));
        }
        long toolNanos = System.nanoTime() - t;
        metrics.stage("tool", toolNanos);
        // no passage is quoted or shown to a model before the injection check and PII redaction
        for (PassageScreen.Screened<ScoredChunk> hit :
                passages.screen(hits, h -> h.chunk().chunkId(), h -> h.chunk().text())) {
            sources.add(new Source(
                    sources.size() + 1,
                    hit.item().chunk().documentId(),
                    hit.item().chunk().title(),
                    hit.item().chunk().chunkId(),
                    hit.text()));
        }

        t = System.nanoTime();
        Generation generation = withForecastNotice(
                CitationNumbering.renumber(generator.generate(text, sources, variant), sources), forecast);
        long generationNanos = System.nanoTime() - t;
        metrics.stage("generation", generationNanos);

        t = System.nanoTime();
        GuardVerdict output = guard.checkOutput(
                text, generation.answer(), sources.stream().map(Source::text).toList());
        long outputGuardNanos = System.nanoTime() - t;
        metrics.stage("guard_output", outputGuardNanos);
        if (output.blocked()) {
            metrics.guardBlock("output");
            throw blocked(ProblemType.ANSWER_BLOCKED, "The answer was withheld by the guardrails.", output);
        }
        String answer = output.textOr(generation.answer());

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
        if (cache != null && embedding != null && !forecasts.wants(text)) {
            // answers quoting a live forecast go stale with the next forecast, so they are not cached
            cache.put(variant.name(), text, embedding, result);
        }
        return recorded(result, variant, question);
    }

    /**
     * A question about upcoming demand whose forecast could not be fetched says so first, so that an answer from
     * documents alone is not read as a forecast.
     */
    private static Generation withForecastNotice(Generation generation, ForecastTool.@Nullable Lookup forecast) {
        if (forecast == null || forecast.fact().isPresent()) {
            return generation;
        }
        String notice = "No live forecast is available: " + forecast.unavailableReason()
                + ", so this answer cites no forecast.";
        String answer = ExtractiveAnswerer.NOTHING_FOUND.equals(generation.answer())
                ? notice
                : notice + " From the indexed documents: " + generation.answer();
        return new Generation(answer, generation.citations(), generation.inputTokens(), generation.outputTokens());
    }

    private QueryResult recorded(QueryResult result, PromptVariant variant, Question question) {
        try {
            experiments.record(
                    variants.experimentId(),
                    result.queryId(),
                    variant.name(),
                    question.sessionId(),
                    result.latencyMs().total());
        } catch (DataAccessException e) {
            // the answer is already made and guarded; only its feedback will be refused (404)
            log.warn("Query {} not recorded in the experiment log: {}", result.queryId(), e.toString());
        }
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

    private static LoadcastProblemException blocked(ProblemType type, String detail, GuardVerdict verdict) {
        return new LoadcastProblemException(type, detail).with("violations", verdict.violationTypes());
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }
}
