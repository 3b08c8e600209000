package io.loadcast.rag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of rag-service.
 *
 * @param guardrailUrl base URL of guardrail-service; answers fail closed when it is unreachable
 * @param guardrailApiKey this service's key for guardrail-service (env {@code LOADCAST_RAG_GUARDRAIL_API_KEY})
 * @param guardTimeout how long a guard check may take before the answer fails closed
 * @param forecastUrl base URL of forecast-service, for the live-forecast tool
 * @param forecastApiKey this service's key for forecast-service
 * @param registryUrl base URL of registry-service, for the canary tool
 * @param registryApiKey this service's key for registry-service
 * @param ingestUrl base URL of ingest-service, for the data-quality tool and the forecast's latest-reading origin
 * @param ingestApiKey this service's key for ingest-service
 * @param toolTimeout connect and read timeout of the tools' calls to forecast-, registry- and ingest-service
 * @param maxRetries retries of a sibling-service call that failed transiently (connection, timeout, 5xx)
 * @param indexDirectory where the Lucene index lives
 * @param embeddingCacheFile where embeddings are cached by content hash
 * @param demoDocs folders indexed at startup and re-synced on {@code syncInterval} (env {@code LOADCAST_DEMO_DOCS})
 * @param syncInterval how often the folders are re-synced
 * @param suiteDocs loadcast's own documentation, indexed as a collection so the assistant can explain the suite
 * @param replicas how this replica follows the documents every replica shares
 */
@Validated
@ConfigurationProperties("loadcast.rag")
public record RagProperties(
        @NotNull @DefaultValue("http://localhost:8084") URI guardrailUrl,
        @Nullable String guardrailApiKey,
        @NotNull @DefaultValue("3s") Duration guardTimeout,
        @NotNull @DefaultValue("http://localhost:8082") URI forecastUrl,
        @Nullable String forecastApiKey,
        @NotNull @DefaultValue("http://localhost:8085") URI registryUrl,
        @Nullable String registryApiKey,
        @NotNull @DefaultValue("http://localhost:8081") URI ingestUrl,
        @Nullable String ingestApiKey,
        @NotNull @DefaultValue("5s") Duration toolTimeout,
        @Min(0) @DefaultValue("2") int maxRetries,

        @NotBlank @DefaultValue(".loadcast/rag-index") String indexDirectory,

        @NotBlank @DefaultValue(".loadcast/rag-embedding-cache.bin")
        String embeddingCacheFile,

        @DefaultValue List<String> demoDocs,
        @Valid @NotNull @DefaultValue SuiteDocs suiteDocs,
        @NotNull @DefaultValue("5m") Duration syncInterval,
        @Valid @NotNull @DefaultValue Chunking chunking,
        @Valid @NotNull @DefaultValue Search search,
        @Valid @NotNull @DefaultValue Llm llm,
        @Valid @NotNull @DefaultValue Experiment experiment,
        @Valid @NotNull @DefaultValue Cache cache,
        @Valid @NotNull @DefaultValue Answers answers,
        @Valid @NotNull @DefaultValue ForecastTool forecastTool,
        @Valid @NotNull @DefaultValue Tools tools,
        @Valid @NotNull @DefaultValue Replicas replicas) {

    /**
     * @param pollInterval how long after one read of the shared change log the next starts: how stale this
     *     replica's index may be behind an upload to another replica (plus the time to embed the document)
     */
    public record Replicas(@NotNull @DefaultValue("1s") Duration pollInterval) {}

    /**
     * @param maxChars a chunk's size limit; bge-small truncates at 512 tokens, about 2,000 characters of English
     * @param overlapChars how much of the previous chunk's tail (whole sentences) a chunk repeats
     * @param maxTokens a chunk's limit in model tokens, counting the title and heading embedded with it and [CLS]
     *     and [SEP]: bge-small-en-v1.5 reads 512 tokens, so a chunk up to this size is embedded whole
     */
    public record Chunking(
            @Min(200) @DefaultValue("1500") int maxChars,
            @Min(0) @DefaultValue("200") int overlapChars,
            @Min(16) @DefaultValue("512") int maxTokens) {}

    /**
     * @param fusion how the two rankings are fused: {@code RRF} (reciprocal rank fusion) or {@code CONVEX} (convex
     *     combination of min-max normalised scores)
     * @param bm25Weight weight of the BM25 ranking in reciprocal rank fusion
     * @param vectorWeight weight of the vector ranking in reciprocal rank fusion
     * @param rrfK the constant k of reciprocal rank fusion (60 in Cormack et al. 2009)
     * @param convexVectorWeight weight of the vector scores in the convex combination (BM25 gets the rest)
     * @param candidates how many hits each ranking contributes before fusion
     * @param queryPrefix instruction bge-small-en-v1.5 expects before short retrieval queries
     * @param model the embedding model shipped on the classpath: {@code bge-small-en-v1.5-q} (int8) or
     *     {@code bge-small-en-v1.5} (fp32); changing it re-embeds every document on the next sync
     * @param onnxThreads ONNX Runtime threads per embedding call (0: one per core); batches run in parallel anyway
     */
    public record Search(
            @NotNull @DefaultValue("CONVEX") Fusion fusion,
            @DecimalMin("0") @DefaultValue("1.0") double bm25Weight,
            @DecimalMin("0") @DefaultValue("1.0") double vectorWeight,
            @Min(1) @DefaultValue("60") int rrfK,

            @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.5")
            double convexVectorWeight,

            @Min(1) @DefaultValue("100") int candidates,

            @DefaultValue("Represent this sentence for searching relevant passages: ")
            String queryPrefix,

            @NotBlank @DefaultValue("bge-small-en-v1.5-q") String model,
            @Min(0) @DefaultValue("1") int onnxThreads) {}

    /** Fusion functions of hybrid search. */
    public enum Fusion {
        RRF,
        CONVEX
    }

    /**
     * @param provider {@code none} (offline extractive answers), {@code openai} (also vLLM, Ollama) or {@code gemini}
     * @param model the small model: simple questions, and tool choice
     * @param largeModel the large model for complex questions; empty = the small one answers everything
     * @param smallPrice prices of the small model, for {@code usage.cost}
     * @param largePrice prices of the large model
     * @param largeAbove a question whose complexity score ({@code answers.Complexity}) reaches this goes to the
     *     large model
     */
    public record Llm(
            @NotBlank @DefaultValue("none") String provider,
            @Nullable String baseUrl,
            @Nullable String apiKey,
            @DefaultValue("gpt-4o-mini") String model,
            @Nullable String largeModel,
            @NotNull @DefaultValue("30s") Duration timeout,
            @Valid @NotNull @DefaultValue Price smallPrice,
            @Valid @NotNull @DefaultValue Price largePrice,
            @Min(1) @DefaultValue("2") int largeAbove) {}

    /**
     * @param inputPer1k price of a thousand input tokens (any currency; the README's examples are USD)
     * @param outputPer1k price of a thousand output tokens
     */
    public record Price(
            @DecimalMin("0") @DefaultValue("0") double inputPer1k,
            @DecimalMin("0") @DefaultValue("0") double outputPer1k) {}

    /** A prompt A/B experiment: variants with their shares of sessions (application.yml lists the defaults). */
    public record Experiment(
            @NotBlank @DefaultValue("prompts-v1") String id,
            @Valid @NotEmpty @DefaultValue List<Variant> variants) {}

    /**
     * A versioned prompt template, {@code prompts/<name>.<version>.txt} on the classpath.
     *
     * @param share the fraction of sessions assigned to it
     * @param maxSentences how many sentences the offline answerer quotes for it
     */
    public record Variant(
            @NotBlank String name,
            @NotBlank @DefaultValue("v1") String version,
            @DecimalMin("0") @DecimalMax("1") double share,
            @Min(1) @DefaultValue("3") int maxSentences) {}

    /**
     * loadcast's own documentation as a collection ({@code collection=loadcast} metadata), synced like
     * {@code demoDocs}.
     *
     * @param root the repository root (env {@code LOADCAST_SUITE_DOCS_ROOT}; the local stack passes its own root);
     *     empty = not indexed
     * @param include globs relative to the root: which files are documentation
     */
    public record SuiteDocs(
            @Nullable String root,

            @DefaultValue({"README.md", "docs/**", "*/README.md"})
            List<String> include,

            @DefaultValue("loadcast") String collection) {}

    /**
     * The offline answerer.
     *
     * @param relevanceFloor cosine similarity (bge-small, question with its instruction against a sentence) a
     *     sentence needs to be quoted; below it for every sentence, the answer abstains. Chosen on the tuning half
     *     of {@code src/test/resources/eval/operator-questions.tsv} by {@code bench/rag-assistant.sh}
     * @param mmrLambda maximal marginal relevance: weight of relevance against novelty (1 = relevance only)
     */
    public record Answers(
            @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.67")
            double relevanceFloor,

            @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.7")
            double mmrLambda) {}

    /**
     * @param similarity cosine similarity above which a question counts as the same question
     */
    public record Cache(
            @DefaultValue("true") boolean enabled,

            @DecimalMin("0.5") @DecimalMax("1.0") @DefaultValue("0.97")
            double similarity,

            @Min(1) @DefaultValue("1000") int maxEntries) {}

    /**
     * @param defaultSeries the series asked about when the question names none
     * @param horizon how many steps ahead the tool asks for (48 half-hours = a day)
     */
    public record ForecastTool(
            @NotBlank @DefaultValue("GB-ND") String defaultSeries,
            @Min(1) @DefaultValue("48") int horizon) {}

    /**
     * @param routerThreshold similarity (bge-small) a question needs to its nearest example question of a tool for
     *     the offline intent router to call that tool; chosen on fold A of the operator questions
     * @param routerMargin how much nearer than every documentation example ({@code NONE}) that tool example must be
     */
    public record Tools(
            @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.69")
            double routerThreshold,

            @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.10")
            double routerMargin) {}
}
