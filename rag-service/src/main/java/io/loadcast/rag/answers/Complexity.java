package io.loadcast.rag.answers;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How hard a question is to answer, in points: a long question, one that asks for reasoning (why, compare,
 * explain...), one with several parts, and one whose sources come from several documents or mix a tool with
 * documents each add one. A question reaching {@code largeAbove} points goes to the large model.
 */
final class Complexity {

    private static final Pattern REASONING = Pattern.compile(
            "\\b(why|explain|compare|comparison|difference|versus|vs|trade-?offs?|should|recommend|cause[sd]?)\\b");
    private static final Pattern PARTS =
            Pattern.compile("\\?.+\\?|;|\\b(and also|as well as|then)\\b|\\band (how|why|what|when|which|where)\\b");
    private static final int LONG_QUESTION_WORDS = 25;

    private final int largeAbove;

    Complexity(int largeAbove) {
        this.largeAbove = largeAbove;
    }

    int score(String question, List<Source> sources) {
        String q = question.toLowerCase(Locale.ROOT);
        int points = 0;
        points += q.split("\\s+").length > LONG_QUESTION_WORDS ? 1 : 0;
        points += REASONING.matcher(q).find() ? 1 : 0;
        points += PARTS.matcher(q).find() ? 1 : 0;
        points += sources.stream().map(Source::documentId).distinct().count() > 2 ? 1 : 0;
        return points;
    }

    ModelTier tier(String question, List<Source> sources) {
        return score(question, sources) >= largeAbove ? ModelTier.LARGE : ModelTier.SMALL;
    }
}
