package io.loadcast.rag.documents;

import java.util.List;
import java.util.Optional;

/**
 * The documents' source of truth, shared by every replica (PostgreSQL): each write also appends to a change log
 * that every replica's {@link ChangeFollower} applies to its own Lucene index. Every method throws a 503 problem
 * ({@code document-store-unavailable}) when the database cannot be reached.
 */
public interface DocumentStore {

    /** What a change did to a document. */
    enum ChangeKind {
        UPSERT,
        DELETE
    }

    /** One entry of the change log, in commit order. */
    record Change(long seq, String documentId, ChangeKind kind) {}

    /** A stored document and the hash of its title, text and metadata. */
    record Stored(DocumentInput document, String contentHash) {}

    /** A document as listed: id and title. */
    record Listed(String id, String title) {}

    /** One page of the stored documents in id order, and how many there are in all. */
    record Page(List<Listed> items, int total) {}

    /** Writes the documents whose content differs from the stored one (each with an UPSERT); returns their ids. */
    List<String> upsert(List<Stored> documents);

    /** Deletes a document (with a DELETE change); false when none was stored. */
    boolean delete(String id);

    /** Changes after {@code seq}, oldest first, at most {@code limit}. */
    List<Change> changesAfter(long seq, int limit);

    Optional<Stored> find(String id);

    Page page(int offset, int limit);
}
