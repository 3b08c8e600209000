package io.loadcast.rag.search;

/** Published after the index changed, so that caches of answers built on it are dropped. */
public record IndexChanged(int documentsReplaced, int documentsDeleted) {}
