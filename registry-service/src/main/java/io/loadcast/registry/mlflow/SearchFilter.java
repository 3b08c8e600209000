package io.loadcast.registry.mlflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * MLflow's search filter grammar (mlflow/utils/search_utils.py): comparisons joined by {@code AND}, each
 * {@code [entity.]key comparator value}, where entity is {@code metrics}, {@code params}, {@code tags} or
 * {@code attributes} (and their singular forms; no prefix means attribute), keys may be quoted with backticks or
 * double quotes, and values are quoted strings, numbers, or a parenthesised string list for {@code IN}.
 */
public final class SearchFilter {

    /** One comparison; {@code value} is a String, a Double or a List of Strings (IN). */
    public record Clause(Entity entity, String key, String comparator, Object value) {}

    public enum Entity {
        METRIC,
        PARAM,
        TAG,
        ATTRIBUTE
    }

    private static final Map<String, Entity> PREFIXES = Map.ofEntries(
            Map.entry("metric", Entity.METRIC),
            Map.entry("metrics", Entity.METRIC),
            Map.entry("param", Entity.PARAM),
            Map.entry("params", Entity.PARAM),
            Map.entry("parameter", Entity.PARAM),
            Map.entry("parameters", Entity.PARAM),
            Map.entry("tag", Entity.TAG),
            Map.entry("tags", Entity.TAG),
            Map.entry("attribute", Entity.ATTRIBUTE),
            Map.entry("attributes", Entity.ATTRIBUTE),
            Map.entry("attr", Entity.ATTRIBUTE),
            Map.entry("run", Entity.ATTRIBUTE));

    private static final List<String> COMPARATORS =
            List.of("<=", ">=", "!=", "<>", "=", "<", ">", "NOT IN", "ILIKE", "LIKE", "IN");

    private final String text;
    private int pos;

    private SearchFilter(String text) {
        this.text = text;
    }

    /** The clauses of {@code filter}; empty for a blank filter. */
    public static List<Clause> parse(@Nullable String filter) {
        if (filter == null || filter.isBlank()) {
            return List.of();
        }
        SearchFilter parser = new SearchFilter(filter);
        List<Clause> clauses = new ArrayList<>();
        do {
            clauses.add(parser.clause());
        } while (parser.keyword("AND"));
        parser.skipSpace();
        if (parser.pos < filter.length()) {
            throw parser.error("unexpected '" + filter.substring(parser.pos) + "'");
        }
        return List.copyOf(clauses);
    }

    private Clause clause() {
        skipSpace();
        String first = identifierPart(false);
        Entity entity = Entity.ATTRIBUTE;
        String key = first;
        Entity prefixed = PREFIXES.get(first.toLowerCase(Locale.ROOT));
        if (pos < text.length() && text.charAt(pos) == '.' && prefixed != null) {
            pos++;
            entity = prefixed;
            key = identifierPart(true);
        }
        skipSpace();
        String comparator = comparator();
        skipSpace();
        Object value = comparator.endsWith("IN") ? list() : value();
        return new Clause(entity, key, comparator.equals("<>") ? "!=" : comparator, value);
    }

    private String identifierPart(boolean afterPrefix) {
        skipSpace();
        if (pos < text.length() && (text.charAt(pos) == '`' || text.charAt(pos) == '"')) {
            return quoted(text.charAt(pos));
        }
        int start = pos;
        while (pos < text.length() && isKeyChar(text.charAt(pos), start, afterPrefix)) {
            pos++;
        }
        if (start == pos) {
            throw error("expected an identifier at position " + start);
        }
        return text.substring(start, pos);
    }

    private boolean isKeyChar(char c, int start, boolean afterPrefix) {
        // the first dot separates the entity prefix; dots after a known prefix belong to the key
        if (c == '.') {
            return afterPrefix
                    || !PREFIXES.containsKey(text.substring(start, pos).toLowerCase(Locale.ROOT));
        }
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '/' || c == ':';
    }

    private String comparator() {
        for (String candidate : COMPARATORS) {
            if (text.regionMatches(true, pos, candidate, 0, candidate.length())) {
                pos += candidate.length();
                return candidate;
            }
        }
        throw error("expected a comparator at position " + pos);
    }

    private Object value() {
        skipSpace();
        if (pos < text.length() && (text.charAt(pos) == '\'' || text.charAt(pos) == '"')) {
            return quoted(text.charAt(pos));
        }
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        try {
            return Double.parseDouble(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw error("expected a quoted string or a number, got '" + text.substring(start, pos) + "'");
        }
    }

    private List<String> list() {
        skipSpace();
        expect('(');
        List<String> values = new ArrayList<>();
        do {
            skipSpace();
            char quote = pos < text.length() ? text.charAt(pos) : ' ';
            if (quote != '\'' && quote != '"') {
                throw error("expected a quoted string in the list at position " + pos);
            }
            values.add(quoted(quote));
            skipSpace();
        } while (pos < text.length() && text.charAt(pos) == ',' && ++pos > 0);
        expect(')');
        return values;
    }

    private String quoted(char quote) {
        expect(quote);
        int end = text.indexOf(quote, pos);
        if (end < 0) {
            throw error("unterminated quote");
        }
        String value = text.substring(pos, end);
        pos = end + 1;
        return value;
    }

    private boolean keyword(String word) {
        skipSpace();
        if (text.regionMatches(true, pos, word, 0, word.length())
                && pos + word.length() < text.length()
                && Character.isWhitespace(text.charAt(pos + word.length()))) {
            pos += word.length();
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw error("expected '" + c + "' at position " + pos);
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private MlflowException error(String why) {
        return MlflowException.invalid("Invalid filter '" + text + "': " + why);
    }
}
