package io.loadcast.guardrail.pii;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A regular expression for one kind of personal data, a validator for what it matches (a checksum, a range), and
 * an optional context cue that raises the score when it appears just before the match, in the manner of
 * Microsoft Presidio's pattern recognizers.
 */
record PatternRecognizer(
        PiiType type,
        Pattern pattern,
        int group,
        double score,
        Predicate<String> validator,
        @Nullable Pattern context,
        double contextScore,
        Predicate<String> precondition) {

    private static final int CONTEXT_WINDOW = 40;

    static PatternRecognizer of(PiiType type, String regex, double score) {
        return new PatternRecognizer(type, Pattern.compile(regex), 0, score, v -> true, null, score, t -> true);
    }

    PatternRecognizer validatedBy(Predicate<String> check) {
        return new PatternRecognizer(type, pattern, group, score, check, context, contextScore, precondition);
    }

    PatternRecognizer group(int index) {
        return new PatternRecognizer(type, pattern, index, score, validator, context, contextScore, precondition);
    }

    /** With {@code cue} in the 40 characters before the match the score becomes {@code raised}. */
    PatternRecognizer withContext(String cue, double raised) {
        return new PatternRecognizer(
                type,
                pattern,
                group,
                score,
                validator,
                Pattern.compile(cue, Pattern.CASE_INSENSITIVE),
                raised,
                precondition);
    }

    /** Runs the expression only on texts that pass a cheap test (a digit, an '@'), because most prose has none. */
    PatternRecognizer onlyIf(Predicate<String> test) {
        return new PatternRecognizer(type, pattern, group, score, validator, context, contextScore, test);
    }

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    void find(String text, Consumer<PiiEntity> sink) {
        if (!precondition.test(text)) {
            return;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.start(group) < 0) {
                continue;
            }
            String value = m.group(group);
            if (!validator.test(value)) {
                continue;
            }
            double s = score;
            if (context != null) {
                String before = text.substring(Math.max(0, m.start(group) - CONTEXT_WINDOW), m.start(group));
                if (context.matcher(before).find()) {
                    s = contextScore;
                }
            }
            if (s > 0) {
                sink.accept(new PiiEntity(type, m.start(group), m.end(group), s));
            }
        }
    }

    static void findAll(List<PatternRecognizer> recognizers, String text, Consumer<PiiEntity> sink) {
        for (PatternRecognizer r : recognizers) {
            r.find(text, sink);
        }
    }
}
