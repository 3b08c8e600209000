package io.loadcast.rag.answers;

import io.loadcast.rag.search.Embedder;
import io.loadcast.rag.search.ScoredChunk;
import java.util.ArrayList;
import java.util.List;

/**
 * The relevance the offline answerer compares with its floor, for a question and its retrieved chunks: the best
 * cosine similarity of any prose sentence. Used to calibrate {@code loadcast.rag.answers.relevance-floor}.
 */
public final class RelevanceProbe {

    private final ExtractiveAnswerer answerer;

    public RelevanceProbe(Embedder embedder) {
        this.answerer = new ExtractiveAnswerer(embedder, 0, 1);
    }

    public double topRelevance(String question, List<ScoredChunk> hits) {
        return answerer.topRelevance(question, sources(hits));
    }

    /** The best candidate sentences with their rank and relevance, for inspection. */
    public List<String> explain(String question, List<ScoredChunk> hits, int limit) {
        return answerer.explain(question, sources(hits), limit);
    }

    private static List<Source> sources(List<ScoredChunk> hits) {
        List<Source> sources = new ArrayList<>();
        for (ScoredChunk hit : hits) {
            sources.add(new Source(
                    sources.size() + 1,
                    hit.chunk().documentId(),
                    hit.chunk().title(),
                    hit.chunk().chunkId(),
                    hit.chunk().text(),
                    hit.chunk().embeddingText()));
        }
        return sources;
    }
}
