package io.loadcast.ingest.readings;

import java.util.Locale;

/** Where readings come from; the {@code source} tag of the ingest metrics (a bounded set, not device ids). */
public enum Channel {
    KAFKA,
    REST,
    NESO;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
