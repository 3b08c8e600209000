package io.loadcast.ingest.readings;

import java.util.Locale;

/** Where readings come from; the {@code source} tag of the ingest metrics (a bounded set, not device ids). */
public enum Channel {
    KAFKA,
    REST,
    NESO,
    /** the scheduled pull of NESO demand from the CKAN datastore API */
    NESO_API,
    /** the scheduled pull of hourly temperature from Open-Meteo */
    OPEN_METEO;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
