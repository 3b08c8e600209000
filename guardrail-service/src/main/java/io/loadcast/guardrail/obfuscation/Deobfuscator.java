package io.loadcast.guardrail.obfuscation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Undoes the disguises used to slip instructions past filters: invisible format characters (Unicode category Cf,
 * e.g. U+200B), compatibility forms (NFKC, Unicode UAX #15), Cyrillic/Greek homoglyphs inside Latin words (Unicode
 * TR #39 confusables, the common subset), leetspeak, and Base64-encoded payloads (RFC 4648).
 */
@Component
public class Deobfuscator {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}@$!]+");
    private static final Pattern BASE64 = Pattern.compile("(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}={0,2}");
    private static final Map<Character, Character> LEET =
            Map.of('0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's', '7', 't', '@', 'a', '$', 's', '!', 'i');

    public Deobfuscated normalize(String raw) {
        StringBuilder visible = new StringBuilder(raw.length());
        int invisible = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.getType(c) == Character.FORMAT || Character.isSurrogate(c) && isFormatAt(raw, i)) {
                invisible++;
                continue;
            }
            visible.append(c);
        }
        String text = Normalizer.normalize(visible, Normalizer.Form.NFKC);
        int[] homoglyphs = {0};
        int[] leet = {0};
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = WORD.matcher(text);
        int from = 0;
        while (m.find()) {
            out.append(text, from, m.start());
            String word = Homoglyphs.toLatin(m.group(), homoglyphs);
            out.append(deleet(word, leet));
            from = m.end();
        }
        out.append(text, from, text.length());
        int base64 = appendDecodedBase64(text, out);
        return new Deobfuscated(out.toString(), invisible, homoglyphs[0], leet[0], base64);
    }

    private static boolean isFormatAt(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i))
                        && i + 1 < s.length()
                        && Character.getType(s.codePointAt(i)) == Character.FORMAT
                || Character.isLowSurrogate(s.charAt(i))
                        && i > 0
                        && Character.getType(s.codePointAt(i - 1)) == Character.FORMAT;
    }

    /** Rewrites a word only when a leet character sits between letters, so "covid19" or "4th" stay as they are. */
    private static String deleet(String word, int[] count) {
        boolean interior = false;
        for (int i = 1; i < word.length() - 1; i++) {
            if (LEET.containsKey(word.charAt(i))
                    && Character.isLetter(word.charAt(i - 1))
                    && (Character.isLetter(word.charAt(i + 1)) || LEET.containsKey(word.charAt(i + 1)))) {
                interior = true;
                break;
            }
        }
        if (!interior) {
            return word;
        }
        StringBuilder s = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            s.append(LEET.getOrDefault(c, c));
        }
        count[0]++;
        return s.toString();
    }

    private static int appendDecodedBase64(String text, StringBuilder out) {
        int decoded = 0;
        Matcher m = BASE64.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (token.chars().allMatch(Character::isLetter)) {
                continue; // a long plain word, not an encoding
            }
            String payload = decode(token);
            if (payload != null) {
                out.append("\n").append(payload);
                decoded++;
            }
        }
        return decoded;
    }

    private static @org.jspecify.annotations.Nullable String decode(String token) {
        try {
            byte[] bytes = token.indexOf('-') >= 0 || token.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(token)
                    : Base64.getDecoder().decode(token);
            String s = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            long printable = s.chars()
                    .filter(c -> c >= 32 && c != 127 || c == '\n' || c == '\t')
                    .count();
            long letters = s.chars().filter(Character::isLetter).count();
            return printable >= s.length() * 0.95 && letters >= s.length() * 0.5 ? s : null;
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null;
        }
    }
}
