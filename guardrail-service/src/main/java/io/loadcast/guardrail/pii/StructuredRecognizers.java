package io.loadcast.guardrail.pii;

import java.util.List;
import java.util.regex.Pattern;

/** Recognizers for personal data with a fixed shape: contact details, UK identifiers, payment and network ids. */
final class StructuredRecognizers {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}");
    private static final Pattern DMY_DATE =
            Pattern.compile("(0?[1-9]|[12]\\d|3[01])[-./](0?[1-9]|1[0-2])[-./]\\d{2,4}");
    private static final Pattern SSN_OR_POSTAL = Pattern.compile("\\d{3}-\\d{2}-\\d{4}|\\d{5}-\\d{3,4}");
    private static final String EXTENSION = "(?: ?(?:x|ext\\.?) ?\\d{1,5})?";
    private static final Pattern EXTENSION_PATTERN = Pattern.compile(" ?(?:x|ext\\.?) ?\\d{1,5}$");
    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final String HEX4 = "[0-9A-Fa-f]{1,4}";

    private StructuredRecognizers() {}

    static List<PatternRecognizer> all() {
        return recognizers().stream()
                .map(r -> switch (r.type()) {
                    case EMAIL -> r.onlyIf(t -> t.indexOf('@') >= 0);
                    case MAC_ADDRESS -> r.onlyIf(t -> t.indexOf(':') >= 0 || t.indexOf('-') >= 0);
                    default -> r.onlyIf(PatternRecognizer::hasDigit);
                })
                .toList();
    }

    private static List<PatternRecognizer> recognizers() {
        return List.of(
                PatternRecognizer.of(
                        PiiType.EMAIL, "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}", 1.0),
                PatternRecognizer.of(
                                PiiType.IBAN,
                                "(?<![A-Za-z0-9])[A-Za-z]{2}\\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])",
                                1.0)
                        .validatedBy(v -> {
                            String compact = v.replace(" ", "");
                            return compact.length() >= 15 && compact.length() <= 34 && Checksums.iban(compact);
                        }),
                PatternRecognizer.of(PiiType.CARD_NUMBER, "(?<![\\d-])(?:\\d[ -]?){11,18}\\d(?![\\d-])", 0.95)
                        .validatedBy(v -> {
                            String digits = Checksums.digitsOf(v);
                            return digits.length() >= 12 && digits.length() <= 19 && Checksums.luhn(digits);
                        }),
                PatternRecognizer.of(PiiType.NHS_NUMBER, "(?<![\\d-])\\d{3}[ -]?\\d{3}[ -]?\\d{4}(?![\\d-])", 0.5)
                        .validatedBy(v -> Checksums.nhs(Checksums.digitsOf(v)))
                        .withContext("\\bNHS\\b", 0.95),
                PatternRecognizer.of(
                        PiiType.UK_NINO,
                        "\\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]\\b",
                        0.9),
                PatternRecognizer.of(
                        PiiType.UK_POSTCODE, "\\b(?:[A-Z]{1,2}\\d[A-Z\\d]?|GIR) ?\\d[ABD-HJLNP-UW-Z]{2}\\b", 0.75),
                PatternRecognizer.of(PiiType.SORT_CODE, "(?<![\\d-])\\d{2}-\\d{2}-\\d{2}(?![\\d-])", 0.4)
                        .withContext("sort ?code|\\bsort\\b|\\bbank\\b", 0.95),
                PatternRecognizer.of(PiiType.BANK_ACCOUNT, "(?<![\\d-])\\d{8}(?![\\d-])", 0.0)
                        .withContext("account|\\bacc(?:t|ount)?\\b|a/c", 0.85),
                PatternRecognizer.of(
                        PiiType.IP_ADDRESS, "(?<![\\d.])" + OCTET + "(?:\\." + OCTET + "){3}(?![\\d.])", 0.95),
                PatternRecognizer.of(
                        PiiType.IP_ADDRESS,
                        "(?<![\\w:])(?:(?:" + HEX4 + ":){7}" + HEX4 + "|(?:" + HEX4 + ":){1,6}:(?:" + HEX4 + "(?::"
                                + HEX4 + "){0,5})?)(?![\\w:])",
                        0.9),
                PatternRecognizer.of(
                        PiiType.MAC_ADDRESS,
                        "\\b[0-9A-Fa-f]{2}(?:([:-])[0-9A-Fa-f]{2})(?:\\1[0-9A-Fa-f]{2}){4}\\b",
                        0.95),
                PatternRecognizer.of(
                                PiiType.PHONE,
                                "(?<![\\w+])\\+\\d{1,3}[ .-]?(?:\\(\\d{1,4}\\)[ .-]?)?\\d{1,4}(?:[ .-]?\\d{2,4}){1,4}"
                                        + EXTENSION + "(?!\\w|-\\d)",
                                0.9)
                        .validatedBy(v -> between(Checksums.digitsOf(v).length(), 8, 20)),
                PatternRecognizer.of(PiiType.PHONE, "(?<![\\w+])(?:0|44)7\\d{9}(?!\\d)", 0.85),
                PatternRecognizer.of(
                                PiiType.PHONE,
                                "(?<![\\w.+-])(?:\\(\\d{2,5}\\)[ .-]?|\\d{2,5}[ .-])\\d{2,8}(?:[ .-]\\d{2,6}){0,3}"
                                        + EXTENSION + "(?!\\w|-\\d|\\.\\d)",
                                0.6)
                        .validatedBy(StructuredRecognizers::plausiblePhone),
                // ten or eleven digits in a row are a phone number only where the text says so
                PatternRecognizer.of(PiiType.PHONE, "(?<![\\w+-])\\d{10,11}(?![\\w-])", 0.0)
                        .withContext("phone|mobile|\\btel\\b|fax|desk|call|ring|whatsapp|sms|text me", 0.7));
    }

    private static boolean between(int value, int min, int max) {
        return value >= min && value <= max;
    }

    /** Digit count of a phone number, and not a date, a US social security number or a postal code. */
    private static boolean plausiblePhone(String value) {
        String number = EXTENSION_PATTERN.matcher(value).replaceFirst("");
        return between(Checksums.digitsOf(number).length(), 7, 13)
                && !ISO_DATE.matcher(number).lookingAt()
                && !DMY_DATE.matcher(number).matches()
                && !SSN_OR_POSTAL.matcher(number).matches();
    }
}
