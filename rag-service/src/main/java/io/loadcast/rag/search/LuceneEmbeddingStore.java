package io.loadcast.rag.search;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import io.loadcast.rag.search.store.LuceneChunkIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.jspecify.annotations.Nullable;

/**
 * The vector half of the Lucene index as a LangChain4j {@link EmbeddingStore}, so that code written against it can
 * move to pgvector or OpenSearch unchanged. Segment metadata {@code documentId} and {@code title} map onto the
 * chunk; filters support {@code isEqualTo} on metadata keys. Scores are cosine similarities in [-1, 1] mapped to
 * [0, 1] as LangChain4j stores do.
 */
public final class LuceneEmbeddingStore implements EmbeddingStore<TextSegment> {

    private final LuceneChunkIndex index;

    public LuceneEmbeddingStore(LuceneChunkIndex index) {
        this.index = index;
    }

    @Override
    public String add(Embedding embedding) {
        String id = UUID.randomUUID().toString();
        add(id, embedding);
        return id;
    }

    @Override
    public void add(String id, Embedding embedding) {
        addAll(List.of(id), List.of(embedding), List.of(TextSegment.from("")));
    }

    @Override
    public String add(Embedding embedding, TextSegment segment) {
        String id = UUID.randomUUID().toString();
        addAll(List.of(id), List.of(embedding), List.of(segment));
        return id;
    }

    @Override
    public List<String> addAll(List<Embedding> embeddings) {
        List<String> ids = generateIds(embeddings.size());
        addAll(
                ids,
                embeddings,
                embeddings.stream().map(e -> TextSegment.from("")).toList());
        return ids;
    }

    @Override
    public void addAll(List<String> ids, List<Embedding> embeddings, @Nullable List<TextSegment> segments) {
        List<Chunk> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            TextSegment segment = segments == null ? TextSegment.from("") : segments.get(i);
            Map<String, String> metadata = new LinkedHashMap<>();
            segment.metadata().toMap().forEach((k, v) -> metadata.put(k, String.valueOf(v)));
            String documentId = metadata.getOrDefault("documentId", ids.get(i));
            String title = metadata.getOrDefault("title", "");
            metadata.remove("documentId");
            metadata.remove("title");
            chunks.add(new Chunk(documentId, ids.get(i), title, "", segment.text(), metadata));
        }
        io(() -> index.upsertChunks(
                chunks, embeddings.stream().map(Embedding::vector).toList()));
    }

    @Override
    public void removeAll(Collection<String> ids) {
        io(() -> index.deleteChunks(List.copyOf(ids)));
    }

    @Override
    public EmbeddingSearchResult<TextSegment> search(EmbeddingSearchRequest request) {
        Query filter = toLucene(request.filter());
        List<EmbeddingMatch<TextSegment>> matches = new ArrayList<>();
        io(() -> index.withSearcher(searcher -> {
            int k = request.maxResults();
            for (ScoreDoc hit : searcher.search(
                            LuceneChunkIndex.vectorQuery(
                                    request.queryEmbedding().vector(), k, filter),
                            k)
                    .scoreDocs) {
                // Lucene's DOT_PRODUCT score is (1 + cosine) / 2, already LangChain4j's relevance score
                if (hit.score >= request.minScore()) {
                    Chunk chunk =
                            LuceneChunkIndex.toChunk(searcher.storedFields().document(hit.doc));
                    Map<String, Object> metadata = new LinkedHashMap<>(chunk.metadata());
                    metadata.put("documentId", chunk.documentId());
                    metadata.put("title", chunk.title());
                    matches.add(new EmbeddingMatch<>(
                            (double) hit.score,
                            chunk.chunkId(),
                            null,
                            TextSegment.from(chunk.text(), Metadata.from(metadata))));
                }
            }
            return matches;
        }));
        return new EmbeddingSearchResult<>(matches);
    }

    private static @Nullable Query toLucene(@Nullable Filter filter) {
        if (filter == null) {
            return null;
        }
        if (filter instanceof IsEqualTo equal) {
            return LuceneChunkIndex.metadataFilter(equal.key(), String.valueOf(equal.comparisonValue()));
        }
        throw new UnsupportedOperationException("Only isEqualTo filters are supported, not " + filter);
    }

    private static void io(IoCall call) {
        try {
            call.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The search index failed", e);
        }
    }

    private interface IoCall {
        void run() throws IOException;
    }
}
