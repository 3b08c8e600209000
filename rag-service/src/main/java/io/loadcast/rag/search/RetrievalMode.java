package io.loadcast.rag.search;

/** Which rankings a search uses; {@code HYBRID} fuses both, the others exist to measure each alone. */
public enum RetrievalMode {
    HYBRID,
    BM25,
    VECTOR
}
