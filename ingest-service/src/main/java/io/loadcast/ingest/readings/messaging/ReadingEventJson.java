package io.loadcast.ingest.readings.messaging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Writes the JSON of a {@code Reading} event, and its deterministic event id, without data binding: in the throughput
 * benchmark the serializer (mostly its {@code DateTimeFormatter} for two instants per event) and a fresh MD5 digest
 * per id took a quarter of a batch's CPU. The output is the JSON Jackson writes for the record (same fields, instants
 * as ISO-8601 like {@link Instant#toString()}, numbers like {@link Double#toString(double)}); a test holds the two
 * equal.
 */
final class ReadingEventJson {

    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has MD5", e);
        }
    });

    private ReadingEventJson() {}

    static byte[] write(
            UUID eventId,
            String occurredAt,
            String seriesId,
            Instant timestamp,
            double value,
            String unit,
            String source,
            int revision) {
        StringBuilder json = new StringBuilder(224);
        json.append("{\"eventId\":\"")
                .append(eventId)
                .append("\",\"occurredAt\":\"")
                .append(occurredAt);
        json.append("\",\"seriesId\":\"");
        quote(json, seriesId);
        json.append("\",\"timestamp\":\"");
        appendInstant(json, timestamp);
        json.append("\",\"value\":").append(value).append(",\"unit\":\"");
        quote(json, unit);
        json.append("\",\"source\":\"");
        quote(json, source);
        json.append("\",\"revision\":").append(revision).append('}');
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same id as {@link UUID#nameUUIDFromBytes} (RFC 4122 version 3), with a digest reused per thread. */
    static UUID nameUuid(String name) {
        MessageDigest md5 = MD5.get();
        byte[] hash = md5.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x30);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (hash[i] & 0xff);
            lsb = (lsb << 8) | (hash[i + 8] & 0xff);
        }
        return new UUID(msb, lsb);
    }

    /** {@link Instant#toString()} for years 0-9999 (fraction in groups of three digits), without a formatter. */
    static void appendInstant(StringBuilder out, Instant instant) {
        long seconds = instant.getEpochSecond();
        long day = Math.floorDiv(seconds, 86_400L);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        LocalDate date = LocalDate.ofEpochDay(day);
        if (date.getYear() < 0 || date.getYear() > 9999) {
            out.append(instant);
            return;
        }
        pad(out, date.getYear(), 4).append('-');
        pad(out, date.getMonthValue(), 2).append('-');
        pad(out, date.getDayOfMonth(), 2).append('T');
        pad(out, secondOfDay / 3600, 2).append(':');
        pad(out, secondOfDay / 60 % 60, 2).append(':');
        pad(out, secondOfDay % 60, 2);
        int nanos = instant.getNano();
        if (nanos > 0) {
            out.append('.');
            if (nanos % 1_000_000 == 0) {
                pad(out, nanos / 1_000_000, 3);
            } else if (nanos % 1000 == 0) {
                pad(out, nanos / 1000, 6);
            } else {
                pad(out, nanos, 9);
            }
        }
        out.append('Z');
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        for (int limit = 10, i = 1; i < width; i++, limit *= 10) {
            if (value < limit) {
                out.append('0');
            }
        }
        return out.append(value);
    }

    private static void quote(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c > 0x7e) {
                JsonStringEncoder.getInstance().quoteAsString(text, out);
                return;
            }
        }
        out.append(text);
    }
}
