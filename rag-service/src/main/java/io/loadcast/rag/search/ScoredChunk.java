package io.loadcast.rag.search;

/** A retrieved chunk with its fused score (reciprocal rank fusion, or the single ranking's score). */
public record ScoredChunk(Chunk chunk, double score) {}
