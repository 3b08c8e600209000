package io.loadcast.ingest.imports.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * The settlement-date formats NESO has used across years: {@code 01-JAN-2015}, {@code 01-Jan-19} (two-digit years are
 * 20xx) and {@code 2025-01-01}, optionally with a midnight time part.
 */
final class NesoDates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern("dd-MMM-")
                    .appendValueReduced(ChronoField.YEAR, 2, 4, 2000)
                    .toFormatter(Locale.ENGLISH),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private NesoDates() {}

    static LocalDate parse(String text) {
        String date = text.strip();
        // an ISO date may carry a midnight time part: 2025-01-01T00:00:00 or 2025-01-01 00:00:00
        if (date.length() > 10 && (date.charAt(10) == 'T' || date.charAt(10) == ' ')) {
            date = date.substring(0, 10);
        }
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.parse(date, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        throw new DateTimeParseException("not a NESO settlement date (01-JAN-2015, 01-Jan-19, 2025-01-01)", text, 0);
    }
}
