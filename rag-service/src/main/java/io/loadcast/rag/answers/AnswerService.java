package io.loadcast.rag.answers;

import io.loadcast.rag.answers.Steps.Step;
import io.loadcast.rag.experiments.ExperimentLog;
import io.loadcast.rag.experiments.PromptVariant;
import io.loadcast.rag.experiments.PromptVariants;
import io.loadcast.rag.guard.GuardClient;
import io.loadcast.rag.guard.GuardVerdict;
import io.loadcast.rag.guard.PassageScreen;
import io.loadcast.rag.search.RetrievalMode;
import io.loadcast.rag.search.ScoredChunk;
import io.loadcast.rag.search.SearchService;
import io.loadcast.rag.tools.ToolResult;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import io.micrometer.observation.ObservationRegistry;
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
 * The answers feature's facade, in named steps ({@link Steps}): guard input, (semantic cache,) retrieval with the
 * passage screen, tools, generation, guard output. Any guard failure stops the answer (fail closed); a block is a
 * 422 problem naming the violations.
 */
public final class AnswerService {

    private static final Logger log = LoggerFactory.getLogger(AnswerService.class);

    /** A question as asked. */
    public record Question(
            String text,
            int topK,
            @Nullable String variant,
            @Nullable String sessionId) {}

    /** The collaborators, bundled so the constructor stays readable. */
    record Parts(
            GuardClient guard,
            PassageScreen passages,
            SearchService search,
            ToolSources tools,
            Generator generator,
            PromptVariants variants,
            ExperimentLog experiments,
            @Nullable QuestionCache cache,
            RagMetrics metrics,
            Prices prices,
            ObservationRegistry observations) {}

    private final Parts p;

    AnswerService(Parts parts) {
        this.p = parts;
    }

    public QueryResult answer(Question question) {
        Steps steps = new Steps(p.observations(), p.metrics());
        PromptVariant variant = p.variants().assign(question.sessionId(), question.variant());
        String queryId = UUID.randomUUID().toString();
        String text = steps.run(Step.GUARD_INPUT, () -> guardedQuestion(question.text()));
        Optional<QueryResult> cached =
                p.cache() == null ? Optional.empty() : p.cache().find(variant, text);
        if (cached.isPresent()) {
            return recorded(QueryResult.fromCache(cached.get(), queryId, steps), variant, question);
        }
        List<ScoredChunk> hits = steps.run(Step.RETRIEVAL, () -> retrieve(text, question.topK()));
        ToolSources.Called tools = steps.run(Step.TOOL, () -> p.tools().call(text));
        List<Source> sources = sources(tools.results(), hits);
        Generation generation = steps.run(
                Step.GENERATION,
                () -> ToolSources.withNotices(
                        CitationNumbering.renumber(p.generator().generate(text, sources, variant), sources),
                        tools.results()));
        String answer = steps.run(Step.GUARD_OUTPUT, () -> guardedAnswer(text, generation, sources));
        QueryResult result =
                QueryResult.of(queryId, answer, generation, variant.name(), steps, usage(generation, tools));
        if (p.cache() != null && !tools.any()) {
            // live facts go stale with the next reading, so answers quoting a tool are not cached
            p.cache().put(variant, text, result);
        }
        return recorded(result, variant, question);
    }

    private String guardedQuestion(String question) {
        GuardVerdict input = p.guard().checkInput(question);
        if (input.blocked()) {
            p.metrics().guardBlock("input");
            throw blocked(ProblemType.QUESTION_BLOCKED, "The question was blocked by the guardrails.", input);
        }
        return input.textOr(question);
    }

    private List<ScoredChunk> retrieve(String text, int topK) {
        List<ScoredChunk> hits = p.search().search(text, topK, Map.of(), RetrievalMode.HYBRID);
        if (!hits.isEmpty()) {
            p.metrics().retrievalScore(hits.get(0).score());
        }
        return hits;
    }

    /** Tool results first, then the passages: none is quoted or shown to a model before the screen. */
    private List<Source> sources(List<ToolResult> results, List<ScoredChunk> hits) {
        List<Source> sources = new ArrayList<>();
        results.stream()
                .filter(ToolResult::answered)
                .forEach(r -> sources.add(ToolSources.source(sources.size() + 1, r)));
        for (PassageScreen.Screened<ScoredChunk> hit : p.passages()
                .screen(hits, h -> h.chunk().chunkId(), h -> h.chunk().text())) {
            sources.add(new Source(
                    sources.size() + 1,
                    hit.item().chunk().documentId(),
                    hit.item().chunk().title(),
                    hit.item().chunk().chunkId(),
                    hit.text(),
                    hit.item().chunk().embeddingText()));
        }
        return sources;
    }

    private String guardedAnswer(String question, Generation generation, List<Source> sources) {
        GuardVerdict output = p.guard()
                .checkOutput(
                        question,
                        generation.answer(),
                        sources.stream().map(Source::text).toList());
        if (output.blocked()) {
            p.metrics().guardBlock("output");
            throw blocked(ProblemType.ANSWER_BLOCKED, "The answer was withheld by the guardrails.", output);
        }
        return output.textOr(generation.answer());
    }

    /** Tokens of the answer and of the tool choice (the small model), at the configured prices. */
    private QueryResult.Usage usage(Generation generation, ToolSources.Called tools) {
        int choiceIn = tools.chosen().inputTokens();
        int choiceOut = tools.chosen().outputTokens();
        double cost = p.prices().cost(generation.tier(), generation.inputTokens(), generation.outputTokens())
                + p.prices()
                        .cost(
                                generation.tier() == ModelTier.OFFLINE ? ModelTier.OFFLINE : ModelTier.SMALL,
                                choiceIn,
                                choiceOut);
        int in = generation.inputTokens() + choiceIn;
        int out = generation.outputTokens() + choiceOut;
        p.metrics().tokens(p.generator().provider(), in, out, cost);
        p.metrics().queryCost(generation.tier(), cost);
        return new QueryResult.Usage(in, out, cost, generation.tier().tag());
    }

    private QueryResult recorded(QueryResult result, PromptVariant variant, Question question) {
        try {
            p.experiments()
                    .record(
                            p.variants().experimentId(),
                            result.queryId(),
                            variant.name(),
                            question.sessionId(),
                            result.latencyMs().total());
        } catch (DataAccessException e) {
            // the answer is already made and guarded; only its feedback will be refused (404)
            log.warn("Query {} not recorded in the experiment log: {}", result.queryId(), e.toString());
        }
        p.metrics().answered(variant.name());
        return result;
    }

    private static LoadcastProblemException blocked(ProblemType type, String detail, GuardVerdict verdict) {
        return new LoadcastProblemException(type, detail).with("violations", verdict.violationTypes());
    }
}
