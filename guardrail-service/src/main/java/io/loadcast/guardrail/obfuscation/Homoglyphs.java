package io.loadcast.guardrail.obfuscation;

import java.util.HashMap;
import java.util.Map;

/** Cyrillic and Greek letters that look like Latin ones (a subset of Unicode TR #39 confusables). */
final class Homoglyphs {

    private static final String FROM = "аеорсухіјѕԁһԛԝАВЕКМНОРСТХІЈЅοαινκτρυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ";
    private static final String TO__ = "aeopcyxijsdhqwABEKMHOPCTXIJSoaivktpuxABEZHIKMNOPTYX";
    private static final Map<Character, Character> MAP = new HashMap<>();

    static {
        for (int i = 0; i < FROM.length(); i++) {
            MAP.put(FROM.charAt(i), TO__.charAt(i));
        }
    }

    private Homoglyphs() {}

    /**
     * Replaces look-alikes in a word that is Latin apart from them, or made only of look-alikes; a genuinely
     * Cyrillic or Greek word (with letters that have no Latin twin) is left alone.
     */
    static String toLatin(String word, int[] count) {
        boolean latin = false;
        boolean foreignOnly = false;
        int lookalikes = 0;
        for (char c : word.toCharArray()) {
            if (MAP.containsKey(c)) {
                lookalikes++;
            } else if (c < 128 && Character.isLetter(c)) {
                latin = true;
            } else if (Character.isLetter(c)) {
                foreignOnly = true;
            }
        }
        if (lookalikes == 0 || foreignOnly || !latin && lookalikes < 3) {
            return word;
        }
        StringBuilder s = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            s.append(MAP.getOrDefault(c, c));
        }
        count[0]++;
        return s.toString();
    }
}
