package io.loadcast.rag.answers;

import java.util.List;

/** A generator's answer with its citations and token counts (zero for the offline answerer). */
public record Generation(String answer, List<Citation> citations, int inputTokens, int outputTokens) {}
