package io.loadcast.rag.search;

import java.util.List;

/** An indexed document as listed by {@code GET /api/v1/documents}: its id, title and how many chunks it has. */
public record DocumentSummary(String documentId, String title, int chunks) {

    /** One page of the documents in id order, and how many there are in all. */
    public record Page(List<DocumentSummary> items, int total) {}
}
