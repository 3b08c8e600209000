package io.loadcast.rag.search;

import java.util.List;

/** A document's chunks as they replace whatever the index held for {@code documentId}. */
public record IndexedDocument(String documentId, String contentHash, List<Chunk> chunks) {}
