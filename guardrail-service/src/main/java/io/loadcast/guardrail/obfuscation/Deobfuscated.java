package io.loadcast.guardrail.obfuscation;

/**
 * A text with common obfuscations undone, and how many of each were found.
 *
 * @param text the normalised text, with decoded Base64 payloads appended
 * @param invisible zero-width and other format characters removed
 * @param homoglyphs look-alike Cyrillic or Greek letters replaced inside Latin words
 * @param leet words written with digits for letters (leetspeak) rewritten
 * @param base64 Base64 payloads decoded to readable text
 */
public record Deobfuscated(String text, int invisible, int homoglyphs, int leet, int base64) {

    /** Whether the text was disguised enough to be worth reporting. */
    public boolean obfuscated() {
        return invisible > 0 || homoglyphs > 0 || base64 > 0 || leet >= 2;
    }

    /** A score in [0, 1] growing with the number of tricks found. */
    public double score() {
        int kinds = (invisible > 0 ? 1 : 0) + (homoglyphs > 0 ? 1 : 0) + (base64 > 0 ? 1 : 0) + (leet >= 2 ? 1 : 0);
        return Math.min(1.0, 0.6 + 0.2 * (kinds - 1));
    }
}
