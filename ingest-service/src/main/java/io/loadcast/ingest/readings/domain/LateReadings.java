package io.loadcast.ingest.readings.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What a read as known at an instant does with a reading first stored after that instant (an import, a late device
 * reading): {@code EXCLUDE} leaves it out (strictly what was known), {@code INCLUDE} shows the value it was first
 * stored with. Either way a revision stored after the instant is not seen: the value before it is.
 */
public enum LateReadings {
    EXCLUDE,
    INCLUDE;

    /** The value of the {@code late} request parameter ({@code exclude} or {@code include}, any case). */
    public static Optional<LateReadings> parse(String text) {
        for (LateReadings late : values()) {
            if (late.name().equals(text.toUpperCase(Locale.ROOT))) {
                return Optional.of(late);
            }
        }
        return Optional.empty();
    }
}
