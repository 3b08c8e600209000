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
    private static final String FOREIGN_STREET = "\\p{Lu}\\p{Ll}+(?:tie|katu|kuja|polku|straße|strasse|str\\.|weg|gasse"
            + "|gade|vej|väg|vägen|gatan|laan|straat|plein|utca|ulica|allee|ring|platz|vegen|veien|aukio|rinne|mäki)";
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
                        0.8),
                PatternRecognizer.of(PiiType.STREET_ADDRESS, "\\b" + UNIT + "\\b", 0.6));
    }

    private static boolean notCommonWord(String value) {
        String first = value.split(" ")[0];
        return !FirstNames.NOT_NAMES.contains(first);
    }
}
