package io.loadcast.rag.answers;

import io.loadcast.rag.experiments.PromptVariant;
import io.loadcast.rag.search.Embedder;
import java.util.Optional;

/** The semantic cache as the answer path uses it: questions embedded (bge-small), lookups counted. */
final class QuestionCache {

    private final SemanticCache cache;
    private final Embedder embedder;
    private final RagMetrics metrics;

    QuestionCache(SemanticCache cache, Embedder embedder, RagMetrics metrics) {
        this.cache = cache;
        this.embedder = embedder;
        this.metrics = metrics;
    }

    Optional<QueryResult> find(PromptVariant variant, String question) {
        Optional<QueryResult> hit = cache.find(variant.name(), question, embedder.embedQuery(question));
        metrics.cache(hit.isPresent());
        return hit;
    }

    void put(PromptVariant variant, String question, QueryResult result) {
        // the query vector is in the embedder's memory since find()
        cache.put(variant.name(), question, embedder.embedQuery(question), result);
    }
}
