package io.loadcast.guardrail.injection;

import java.util.Locale;

/**
 * Hashed character n-grams (3 to 5 characters of the lower-cased text, whitespace collapsed, padded with spaces),
 * counted into a fixed number of buckets and scaled to unit length (the "hashing trick", Weinberger et al., ICML
 * 2009). They let a linear model see phrasing in any language, which the English-only bge-small embedding does not
 * (about a third of the deepset prompts are German). {@link String#hashCode()} is defined by the Java language
 * specification, so a bucket means the same on every JVM that loads the model.
 */
final class CharNgrams {

    static final int MIN = 3;
    static final int MAX = 5;
    /** Longest prefix read: the windowed scanner feeds texts of at most a window's length anyway. */
    private static final int MAX_CHARS = 4000;

    private CharNgrams() {}

    static double[] of(String text, int buckets) {
        double[] f = new double[buckets];
        if (buckets == 0) {
            return f;
        }
        String s = " "
                + text.substring(0, Math.min(text.length(), MAX_CHARS))
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("\\s+", " ")
                        .strip()
                + " ";
        for (int n = MIN; n <= MAX; n++) {
            for (int i = 0; i + n <= s.length(); i++) {
                int h = s.substring(i, i + n).hashCode() * 0x9E3779B1;
                f[Math.floorMod(h ^ (h >>> 16), buckets)] += 1;
            }
        }
        double norm = 0;
        for (double v : f) {
            norm += v * v;
        }
        if (norm > 0) {
            double scale = 1 / Math.sqrt(norm);
            for (int i = 0; i < f.length; i++) {
                f[i] *= scale;
            }
        }
        return f;
    }
}
