package io.loadcast.rag.documents;

import java.util.Map;

/** A document to index: its text is chunked, embedded and replaces whatever was indexed under {@code id}. */
public record DocumentInput(String id, String title, String text, Map<String, String> metadata) {}
