package io.loadcast.rag.answers;

/** A numbered passage the answer may cite: a retrieved chunk or a live forecast. */
public record Source(int number, String documentId, String title, String chunkId, String text) {}
