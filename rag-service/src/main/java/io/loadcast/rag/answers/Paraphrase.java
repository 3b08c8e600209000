package io.loadcast.rag.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a cached question may answer a new one: embeddings of "why is demand higher in summer than in winter?"
 * and its reversal are nearly identical, so the semantic cache also requires both questions to carry the same
 * deciding words in the same order: numbers and dates, names (capitalised words, series ids), and words whose
 * swap reverses or changes the question (seasons, months, days, directions, comparisons, negations, fuels).
 */
final class Paraphrase {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'._-]*");
    private static final Set<String> DECIDING = Set.of(
            "summer",
            "winter",
            "spring",
            "autumn",
            "fall",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "weekday",
            "weekend",
            "today",
            "tomorrow",
            "yesterday",
            "morning",
            "evening",
            "night",
            "day",
            "week",
            "month",
            "year",
            "hour",
            "higher",
            "lower",
            "high",
            "low",
            "more",
            "less",
            "fewer",
            "most",
            "least",
            "increase",
            "decrease",
            "rise",
            "drop",
            "up",
            "down",
            "above",
            "below",
            "before",
            "after",
            "peak",
            "trough",
            "max",
            "maximum",
            "min",
            "minimum",
            "best",
            "worst",
            "first",
            "last",
            "import",
            "export",
            "not",
            "no",
            "never",
            "without",
            "wind",
            "solar",
            "gas",
            "coal",
            "nuclear",
            "hydro",
            "battery",
            "heat",
            "cold",
            "hot",
            "warm",
            "north",
            "south",
            "east",
            "west");

    private Paraphrase() {}

    static boolean compatible(String cached, String asked) {
        return deciding(cached).equals(deciding(asked));
    }

    static List<String> deciding(String question) {
        List<String> out = new ArrayList<>();
        Matcher tokens = TOKEN.matcher(question);
        boolean first = true;
        while (tokens.find()) {
            String token = tokens.group();
            String lower = token.toLowerCase(Locale.ROOT);
            String singular =
                    lower.endsWith("s") && lower.length() > 3 ? lower.substring(0, lower.length() - 1) : lower;
            boolean name = !first && Character.isUpperCase(token.charAt(0));
            if (token.chars().anyMatch(Character::isDigit)
                    || name
                    || DECIDING.contains(lower)
                    || DECIDING.contains(singular)) {
                out.add(DECIDING.contains(singular) ? singular : lower);
            }
            first = false;
        }
        return out;
    }
}
