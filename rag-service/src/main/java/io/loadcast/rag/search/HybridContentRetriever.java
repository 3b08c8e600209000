package io.loadcast.rag.search;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The index as a LangChain4j {@link ContentRetriever}, so that a pgvector or OpenSearch retriever can replace it
 * behind the same interface. Segments carry {@code documentId}, {@code chunkId} and {@code title} metadata.
 */
public final class HybridContentRetriever implements ContentRetriever {

    private final SearchService search;
    private final int defaultTopK;

    HybridContentRetriever(SearchService search, int defaultTopK) {
        this.search = search;
        this.defaultTopK = defaultTopK;
    }

    @Override
    public List<Content> retrieve(Query query) {
        return retrieve(query.text(), defaultTopK);
    }

    /** The top {@code topK} hybrid hits as contents with their fused score. */
    public List<Content> retrieve(String query, int topK) {
        return search.search(query, topK, Map.of(), RetrievalMode.HYBRID).stream()
                .map(HybridContentRetriever::toContent)
                .toList();
    }

    static Content toContent(ScoredChunk hit) {
        Map<String, Object> metadata = new HashMap<>(hit.chunk().metadata());
        metadata.put("documentId", hit.chunk().documentId());
        metadata.put("chunkId", hit.chunk().chunkId());
        metadata.put("title", hit.chunk().title());
        metadata.put("section", hit.chunk().section());
        return Content.from(
                TextSegment.from(hit.chunk().text(), Metadata.from(metadata)),
                Map.of(ContentMetadata.SCORE, hit.score()));
    }
}
