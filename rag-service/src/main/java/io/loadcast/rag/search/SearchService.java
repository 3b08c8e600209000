package io.loadcast.rag.search;

import io.loadcast.rag.search.store.LuceneChunkIndex;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The search feature's facade: documents in, ranked chunks out. Hybrid search fuses BM25 and vector rankings
 * with reciprocal rank fusion ({@link ReciprocalRankFusion}).
 */
public final class SearchService {

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    private final LuceneChunkIndex index;
    private final Embedder embedder;
    private final HybridSearch hybrid;
    private final ApplicationEventPublisher events;
    private final Counter chunksIndexed;

    public SearchService(
            LuceneChunkIndex index,
            Embedder embedder,
            HybridSearch hybrid,
            ApplicationEventPublisher events,
            MeterRegistry meters) {
        this.index = index;
        this.embedder = embedder;
        this.hybrid = hybrid;
        this.events = events;
        this.chunksIndexed = Counter.builder("loadcast.rag.chunks.indexed")
                .description("Chunks embedded and written to the index")
                .register(meters);
    }

    /** Replaces the documents' chunks (embedding them first, from the cache where possible). */
    public void replace(List<IndexedDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        List<String> texts = new ArrayList<>();
        documents.forEach(d -> d.chunks().forEach(c -> texts.add(c.embeddingText())));
        List<float[]> vectors = embedder.embedAll(texts);
        List<List<float[]>> perDocument = new ArrayList<>();
        int next = 0;
        for (IndexedDocument document : documents) {
            perDocument.add(vectors.subList(next, next + document.chunks().size()));
            next += document.chunks().size();
        }
        io(() -> {
            index.replace(documents, perDocument);
            return perDocument.size();
        });
        chunksIndexed.increment(texts.size());
        events.publishEvent(new IndexChanged(documents.size(), 0));
    }

    /** True when the document is indexed with exactly this content. */
    public boolean isCurrent(String documentId, String contentHash) {
        return io(() -> index.contentHash(documentId))
                .filter(contentHash::equals)
                .isPresent();
    }

    public boolean delete(String documentId) {
        boolean deleted = io(() -> index.delete(documentId));
        if (deleted) {
            events.publishEvent(new IndexChanged(0, 1));
        }
        return deleted;
    }

    public List<String> documentIds(String metadataKey, String value) {
        return io(() -> index.documentIds(metadataKey, value));
    }

    /** The embedding model's word pieces in a text, without its special tokens: what chunk sizes are checked by. */
    public int countTokens(String text) {
        return embedder.countTokens(text);
    }

    /** One page of the indexed documents in id order, with chunk counts. */
    public DocumentSummary.Page documents(int page, int size) {
        return io(() -> index.documents(page * size, size));
    }

    /** How many chunks of the document this index holds (0 while it is not indexed here). */
    public int chunkCount(String documentId) {
        return io(() -> index.chunkCount(documentId));
    }

    public int chunkCount() {
        return io(index::chunkCount);
    }

    /** The top chunks for a query; {@code filter} keeps chunks whose metadata has every given value. */
    public List<ScoredChunk> search(String query, int topK, Map<String, String> filter, RetrievalMode mode) {
        return io(() -> hybrid.search(query, topK, filter, mode));
    }

    /** Loads the model's kernels and the index's files into memory with a throwaway search. */
    public void warmUp() {
        long start = System.nanoTime();
        for (RetrievalMode mode : RetrievalMode.values()) {
            search("warm-up query about electricity demand", 10, Map.of(), mode);
        }
        log.info("Search warmed up in {} ms over {} chunks", (System.nanoTime() - start) / 1_000_000, chunkCount());
    }

    private static <T> T io(IoCall<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The search index failed", e);
        }
    }

    private interface IoCall<T> {
        T run() throws IOException;
    }
}
