package io.loadcast.guardrail.moderation;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable facts of a sentence: quantities (numbers normalised to a base unit, so "2.1 GW" equals "2,100 MW"),
 * directions (import/export, higher/lower, up/down as one canonical word each) and named entities (capitalised
 * words and codes that do not start the sentence, such as "Scotland" or "IFA2"). A sentence is only grounded when a
 * context holds all of them.
 */
record Facts(Set<String> quantities, Set<String> directions, Set<String> entities) {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*(gw|mw|kw|twh|gwh|mwh|kwh|%|percent|per cent)?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}-]*|[A-Z]+\\d+");
    private static final Map<String, Double> SCALE =
            Map.of("gw", 1e3, "mw", 1.0, "kw", 1e-3, "twh", 1e6, "gwh", 1e3, "mwh", 1.0, "kwh", 1e-3);
    private static final Map<String, String> DIRECTION = Map.ofEntries(
            Map.entry("import", "import"),
            Map.entry("imports", "import"),
            Map.entry("imported", "import"),
            Map.entry("importing", "import"),
            Map.entry("export", "export"),
            Map.entry("exports", "export"),
            Map.entry("exported", "export"),
            Map.entry("exporting", "export"),
            Map.entry("higher", "up"),
            Map.entry("increase", "up"),
            Map.entry("increased", "up"),
            Map.entry("rise", "up"),
            Map.entry("rose", "up"),
            Map.entry("above", "up"),
            Map.entry("lower", "down"),
            Map.entry("decrease", "down"),
            Map.entry("decreased", "down"),
            Map.entry("fall", "down"),
            Map.entry("fell", "down"),
            Map.entry("below", "down"));

    static Facts of(String sentence) {
        Set<String> quantities = new HashSet<>();
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            quantities.add(quantity(m));
        }
        Set<String> directions = new HashSet<>();
        Set<String> entities = new HashSet<>();
        Matcher w = WORD.matcher(sentence);
        boolean first = true;
        while (w.find()) {
            String word = w.group();
            String dir = DIRECTION.get(word.toLowerCase(Locale.ROOT));
            if (dir != null) {
                directions.add(dir);
            }
            if (!first && Character.isUpperCase(word.charAt(0)) && !SCALE.containsKey(word.toLowerCase(Locale.ROOT))) {
                entities.add(word.toLowerCase(Locale.ROOT));
            }
            first = false;
        }
        return new Facts(quantities, directions, entities);
    }

    /** True when {@code context} states every quantity, direction and entity of this sentence. */
    boolean supportedBy(Facts context, String contextLower) {
        return context.quantities().containsAll(quantities)
                && context.directions().containsAll(directions)
                && entities.stream().allMatch(contextLower::contains);
    }

    boolean isEmpty() {
        return quantities.isEmpty() && directions.isEmpty() && entities.isEmpty();
    }

    private static String quantity(Matcher m) {
        double value = Double.parseDouble(m.group(1).replace(",", "") + (m.group(2) == null ? "" : "." + m.group(2)));
        String unit = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
        if (SCALE.containsKey(unit)) {
            return (unit.endsWith("h") ? "energy:" : "power:") + Math.round(value * SCALE.get(unit) * 1000);
        }
        String kind = unit.isEmpty() ? "n:" : "pct:";
        return kind + Math.round(value * 1000);
    }
}
