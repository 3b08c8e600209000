package io.loadcast.guardrail.injection;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a retrieved passage into short segments (the sentences of a line merged up to {@value #TARGET} characters,
 * short lines joined with their neighbours) so an
 * instruction hidden in one line of an e-mail, a table cell or a code comment is scored on its own rather than
 * diluted in the embedding of the whole passage. At most {@code max} segments, spread evenly over the passage.
 */
public final class PassageSegments {

    static final int TARGET = 320;

    private PassageSegments() {}

    public static List<String> of(String text, int max) {
        List<String> merged = new ArrayList<>();
        for (String line : text.split("\\R")) {
            merge(sentences(line.strip()), merged, TARGET);
        }
        List<String> out = new ArrayList<>();
        merge(merged, out, SHORT);
        return spread(out, max);
    }

    /** Lines shorter than this are joined with their neighbours ("Regards," alone says nothing). */
    static final int SHORT = 60;

    /** Appends {@code pieces} to {@code out}, joining neighbours while the joined text stays under {@code limit}. */
    private static void merge(List<String> pieces, List<String> out, int limit) {
        StringBuilder current = new StringBuilder();
        for (String p : pieces) {
            if (current.length() > 0 && (current.length() + p.length() > TARGET || p.length() >= limit)) {
                out.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() == 0 ? "" : " ").append(p);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
    }

    private static List<String> sentences(String line) {
        List<String> out = new ArrayList<>();
        if (line.isEmpty()) {
            return out;
        }
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        it.setText(line);
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String s = line.substring(start, end).strip();
            for (int i = 0; i < s.length(); i += 2 * TARGET) {
                out.add(s.substring(i, Math.min(s.length(), i + 2 * TARGET)));
            }
        }
        return out;
    }

    private static List<String> spread(List<String> segments, int max) {
        if (segments.size() <= max) {
            return segments;
        }
        List<String> out = new ArrayList<>(max);
        for (int i = 0; i < max; i++) {
            out.add(segments.get((int) ((long) i * (segments.size() - 1) / (max - 1))));
        }
        return out;
    }
}
