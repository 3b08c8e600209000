package io.loadcast.rag.answers;

/** A source an answer relies on, with the words quoted from it. */
public record Citation(String documentId, String title, String chunkId, String quote) {}
