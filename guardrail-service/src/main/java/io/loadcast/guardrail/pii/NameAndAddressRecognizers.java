package io.loadcast.guardrail.pii;

import java.util.List;

/**
 * Heuristic recognizers for person names and street addresses, which have no checksum: honorifics and
 * introductions before capitalised words, and a house number before words ending in a street suffix. They trade
 * recall for precision; a statistical named-entity model would do better (see the README).
 */
final class NameAndAddressRecognizers {

    private static final String NAME_WORD = "\\p{Lu}[\\p{Ll}'\u2019-]+";
    private static final String NAME = NAME_WORD + "(?: (?:" + NAME_WORD + "|\\p{Lu}\\.?)){0,2}";
    private static final String STREET_SUFFIX = "(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Court|Ct|Boulevard"
            + "|Blvd|Way|Place|Pl|Close|Crescent|Cres|Terrace|Square|Sq|Parkway|Pkwy|Highway|Hwy|Gardens|Grove|Row"
            + "|Mews|Walk|Circle|Cir|Trail|Trl|Park|Green|Rise|View|Hill|Alley|Loop|Run|Ridge|Heights|Junction"
            + "|Station|Plaza|Crossing|Common|Estate|Manor|Ville|Point|Port|Springs|Valley|Village)";
    /**
     * A street name with a suffix ("Koskikatu", "Friedhofstrasse") followed by a house number. Matched as "word
     * number" and the suffix checked afterwards: a suffix alternation after {@code \\p{Ll}+} backtracks through
     * every word of the text, which made this the slowest PII expression on 300-word answers.
     */
    private static final String FOREIGN_STREET = "\\p{L}\\p{Ll}+\\.?";

    private static final java.util.regex.Pattern FOREIGN_SUFFIX = java.util.regex.Pattern.compile(
            "\\p{Ll}(?:tie|katu|kuja|polku|straße|strasse|str\\.|weg|gasse|gade|vej|väg|vägen|gatan|laan|straat|plein"
                    + "|utca|ulica|allee|ring|platz|vegen|veien|aukio|rinne|mäki) \\d");
    /** Street types written before the name (Romance and Slavic languages): "Rua Igreja 25", "ul. Słowicza 10". */
    private static final String PREFIX_STREET =
            "(?:Rua|rua|Avda\\.|avda\\.|Avenida|avenida|Calle|calle|Carrer|Via|Viale"
                    + "|Piazza|Largo|Rue|rue|Chemin|chemin|Allée|Ul\\.|ul\\.|Ulica|ulica|Trg|trg|Plac|Aleja|al\\.)";

    private static final String STREET_NAME_WORD = "[\\p{L}'’.-]+";
    /** The two-letter codes of US states, DC and territories, for "City, ST 12345". */
    private static final String US_STATE = "(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI"
            + "|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AS|MP)";

    private static final String UNIT = "(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor)\\.? ?#?\\d{1,5}[A-Za-z]?";

    private NameAndAddressRecognizers() {}

    static List<PatternRecognizer> all() {
        return recognizers().stream()
                .map(r -> r.type() == PiiType.STREET_ADDRESS ? r.onlyIf(PatternRecognizer::hasDigit) : r)
                .toList();
    }

    private static List<PatternRecognizer> recognizers() {
        return List.of(
                PatternRecognizer.of(
                                PiiType.PERSON,
                                "\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord|Rev)\\.? (" + NAME + ")",
                                0.85)
                        .group(1),
                PatternRecognizer.of(
                                PiiType.PERSON,
                                "\\b(?i:my name is|name is|name's|named|i am|i'm|this is|called|dear|hi|hello|regards,?"
                                        + "|sincerely,?|signed|patient|customer|client|employee|contact)\\s+(" + NAME
                                        + ")(?=[\\s,.;:!?'\u2019)]|$)",
                                0.7)
                        .group(1)
                        .validatedBy(NameAndAddressRecognizers::notCommonWord),
                PatternRecognizer.of(
                        PiiType.PERSON,
                        "\\b(?=\\p{Lu})(" + FirstNames.REGEX + ")(?: (?:" + NAME_WORD + "|\\p{Lu}\\.?)){0,2}\\b",
                        0.6),
                PatternRecognizer.of(
                        PiiType.STREET_ADDRESS,
                        "\\b\\d{1,5}[A-Za-z]?,? (?:" + NAME_WORD + " ){0,4}" + STREET_SUFFIX + "\\b\\.?(?:,? " + UNIT
                                + ")?",
                        0.85),
                PatternRecognizer.of(
                                PiiType.STREET_ADDRESS,
                                "\\b(?:\\d{1,5} )?" + FOREIGN_STREET + " \\d{1,5}[A-Za-z]?\\b(?:,? " + UNIT + ")?",
                                0.8)
                        .validatedBy(v -> FOREIGN_SUFFIX.matcher(v).find()),
                PatternRecognizer.of(PiiType.STREET_ADDRESS, "\\b" + UNIT + "\\b", 0.6),
                PatternRecognizer.of(
                        PiiType.STREET_ADDRESS,
                        "(?<![\\p{L}\\d])(?:\\d{1,5},? )?" + PREFIX_STREET + " (?:" + STREET_NAME_WORD
                                + " ){1,5}\\d{1,5}[A-Za-z]?\\b" + "(?:,? " + UNIT + ")?",
                        0.8),
                PatternRecognizer.of(
                        PiiType.STREET_ADDRESS,
                        "\\b\\d{1,5},? (?:rue|avenue|boulevard|chemin|allée|impasse|place|quai) (?:d[eu]s?|de la|l')?"
                                + " ?(?:" + NAME_WORD + " ?){1,4}",
                        0.8),
                // post boxes and US military addresses (PSC/Unit ... Box, APO/FPO/DPO AA/AE/AP ZIP)
                PatternRecognizer.of(
                        PiiType.STREET_ADDRESS,
                        "\\b(?i:p\\.? ?o\\.? box|post ?box|post office box|postfach|apartado|caixa postal|psc \\d{1,5},? box"
                                + "|unit \\d{1,5},? box|cmr \\d{1,5},? box) ?#?\\d{1,6}\\b",
                        0.85),
                PatternRecognizer.of(PiiType.STREET_ADDRESS, "\\b(?i:apo|fpo|dpo) (?i:aa|ae|ap) \\d{5}\\b", 0.85),
                // "Springfield, IL 62704": town, US state code and ZIP code
                PatternRecognizer.of(
                        PiiType.STREET_ADDRESS,
                        "\\b" + NAME_WORD + "(?: " + NAME_WORD + "){0,2},? " + US_STATE + " \\d{5}(?:-\\d{4})?\\b",
                        0.8));
    }

    private static boolean notCommonWord(String value) {
        String first = value.split(" ")[0];
        return !FirstNames.NOT_NAMES.contains(first);
    }
}
