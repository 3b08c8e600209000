package io.loadcast.rag.answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renumbers an answer's {@code [n]} marks in the order they first appear ([1], [2], ...), and lists the citations
 * in that order, so that mark k is the k-th citation. Marks naming no source are removed, so none points at
 * nothing. An answer without marks keeps its citations as the generator listed them.
 */
final class CitationNumbering {

    private static final Pattern MARK = Pattern.compile("\\s?\\[(\\d{1,3})]");

    private CitationNumbering() {}

    static Generation renumber(Generation generation, List<Source> sources) {
        Map<Integer, Source> byNumber = new LinkedHashMap<>();
        sources.forEach(s -> byNumber.put(s.number(), s));
        Map<String, Citation> quoted = new LinkedHashMap<>();
        generation.citations().forEach(c -> quoted.putIfAbsent(c.chunkId(), c));
        Map<Integer, Integer> newNumber = new LinkedHashMap<>();
        List<Citation> citations = new ArrayList<>();
        StringBuilder answer = new StringBuilder();
        Matcher marks = MARK.matcher(generation.answer());
        boolean anyMark = false;
        while (marks.find()) {
            anyMark = true;
            Source source = byNumber.get(Integer.parseInt(marks.group(1)));
            if (source == null) {
                marks.appendReplacement(answer, "");
                continue;
            }
            Integer n = newNumber.computeIfAbsent(source.number(), k -> {
                citations.add(quoted.getOrDefault(source.chunkId(), LlmAnswerer.citation(source)));
                return citations.size();
            });
            marks.appendReplacement(
                    answer, Matcher.quoteReplacement(marks.group().replaceAll("\\d+", n.toString())));
        }
        marks.appendTail(answer);
        if (!anyMark) {
            return generation;
        }
        return new Generation(
                answer.toString(),
                List.copyOf(citations),
                generation.inputTokens(),
                generation.outputTokens(),
                generation.tier());
    }
}
