package io.loadcast.rag.search;

import java.util.Map;

/**
 * A passage of a document as indexed.
 *
 * @param chunkId {@code documentId#n}, stable while the document's text is unchanged
 * @param section the heading the passage sits under, empty when none
 */
public record Chunk(
        String documentId, String chunkId, String title, String section, String text, Map<String, String> metadata) {

    /** What the embedding model sees: title and heading give a passage its context. */
    public String embeddingText() {
        StringBuilder out = new StringBuilder(title);
        if (!section.isEmpty() && !section.equals(title)) {
            out.append(". ").append(section);
        }
        return out.append(". ").append(text).toString();
    }
}
