package io.loadcast.rag.documents;

import io.loadcast.rag.search.Chunk;
import io.loadcast.rag.search.DocumentSummary;
import io.loadcast.rag.search.IndexedDocument;
import io.loadcast.rag.search.SearchService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The documents feature's facade: writes documents to the shared {@link DocumentStore} (the source of truth for
 * every replica), then chunks them and hands them to this replica's index at once, skipping unchanged ones. The
 * other replicas index them when their {@link ChangeFollower} reads the change.
 */
public final class DocumentIngestion {

    /** What happened to one document. */
    public record Ingested(String id, int chunks, boolean unchanged) {}

    private final SearchService search;
    private final Chunker chunker;
    private final DocumentStore store;

    DocumentIngestion(SearchService search, Chunker chunker, DocumentStore store) {
        this.search = search;
        this.chunker = chunker;
        this.store = store;
    }

    /**
     * Stores the documents (a document stored with the same content is not written again, so replicas syncing the
     * same folders log each file once), then indexes them here.
     */
    public List<Ingested> ingest(List<DocumentInput> documents) {
        store.upsert(documents.stream()
                .map(d -> new DocumentStore.Stored(d, contentHash(d)))
                .toList());
        return indexLocally(documents);
    }

    /** Indexes the documents here only; one whose title, text and metadata are already indexed is left as it is. */
    List<Ingested> indexLocally(List<DocumentInput> documents) {
        List<Ingested> results = new ArrayList<>();
        List<IndexedDocument> changed = new ArrayList<>();
        for (DocumentInput document : documents) {
            String hash = contentHash(document);
            if (search.isCurrent(document.id(), hash)) {
                results.add(new Ingested(document.id(), 0, true));
                continue;
            }
            IndexedDocument indexed = toIndexed(document, hash);
            changed.add(indexed);
            results.add(new Ingested(document.id(), indexed.chunks().size(), false));
        }
        search.replace(changed);
        return results;
    }

    /** Deletes the document from the store and from this replica's index; false when neither held it. */
    public boolean delete(String id) {
        boolean stored = store.delete(id);
        return search.delete(id) || stored;
    }

    /** Removes the document from this replica's index only. */
    void deleteLocally(String id) {
        search.delete(id);
    }

    /** One page of the stored documents in id order, with the chunks this replica's index holds for each. */
    public DocumentSummary.Page documents(int page, int size) {
        DocumentStore.Page found = store.page(page * size, size);
        return new DocumentSummary.Page(
                found.items().stream()
                        .map(d -> new DocumentSummary(d.id(), d.title(), search.chunkCount(d.id())))
                        .toList(),
                found.total());
    }

    /** Ids of the documents a folder sync indexed from {@code folder}. */
    public List<String> documentIdsSyncedFrom(String folder) {
        return search.documentIds("syncedFrom", folder);
    }

    private IndexedDocument toIndexed(DocumentInput document, String hash) {
        List<Chunk> chunks = new ArrayList<>();
        for (Chunker.Piece piece : chunker.chunk(document.title(), document.text())) {
            chunks.add(new Chunk(
                    document.id(),
                    document.id() + "#" + chunks.size(),
                    document.title(),
                    piece.section(),
                    piece.text(),
                    document.metadata()));
        }
        return new IndexedDocument(document.id(), hash, chunks);
    }

    static String contentHash(DocumentInput document) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(document.title().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(document.text().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(new TreeMap<>(document.metadata()).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static Map<String, String> mergedMetadata(Map<String, String> base, Map<String, String> extra) {
        Map<String, String> merged = new TreeMap<>(base);
        merged.putAll(extra);
        return merged;
    }
}
