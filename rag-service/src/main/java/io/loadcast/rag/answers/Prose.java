package io.loadcast.rag.answers;

import java.util.regex.Pattern;

/**
 * Whether a sentence is prose an answer can quote: not a table row, code, graphviz source, a list of links, a
 * heading or a video chapter list. Rules on the sentence's surface, each named after what it rejects.
 */
final class Prose {

    private static final Pattern TABLE_ROW = Pattern.compile("\\|.*\\|");
    private static final Pattern CODE = Pattern.compile("```|[{};]\\s*$|^\\s*[{}]|\\b(digraph|subgraph|rankdir)\\b"
            + "|\\[label=|^\\s*(import|def|class|public|private|return|\\$|>>>)\\b|\\w+\\(.*\\)\\s*;");
    private static final Pattern LINK = Pattern.compile("https?://|\\]\\(|www\\.");
    private static final Pattern TIMESTAMP = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    private static final Pattern HEADING = Pattern.compile("^\\s*(#{1,6}\\s|=+$|-{3,}|\\*{3,}|\\.\\. )");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final int MIN_WORDS = 6;
    private static final int MAX_CHARS = 600;

    private Prose() {}

    static boolean isProse(String sentence) {
        String s = sentence.strip();
        if (s.length() > MAX_CHARS
                || HEADING.matcher(s).find()
                || TABLE_ROW.matcher(s).find()) {
            return false;
        }
        if (CODE.matcher(s).find() || LINK.matcher(s).results().count() >= 1 && words(s) < 15) {
            return false;
        }
        if (TIMESTAMP.matcher(s).results().count() >= 2) {
            // "0:00 Intro 2:15 Heat loss 5:40 ..." - a video's chapter list
            return false;
        }
        long words = words(s);
        long tokens = TOKEN.matcher(s).results().count();
        // mostly words, not numbers, symbols or identifiers; and ends like a sentence
        return words >= MIN_WORDS && words >= 0.6 * tokens && s.matches("(?s).*[.!?:\"')]$");
    }

    private static long words(String s) {
        return WORD.matcher(s).results().count();
    }
}
