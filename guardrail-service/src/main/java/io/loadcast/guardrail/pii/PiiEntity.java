package io.loadcast.guardrail.pii;

/**
 * One piece of personal data found in a text.
 *
 * @param type what it is
 * @param start first character (UTF-16 index, inclusive)
 * @param end last character (exclusive)
 * @param score confidence in [0, 1]; checksum-validated kinds score higher than context-only ones
 */
public record PiiEntity(PiiType type, int start, int end, double score) {

    boolean overlaps(PiiEntity other) {
        return start < other.end && other.start < end;
    }

    int length() {
        return end - start;
    }
}
