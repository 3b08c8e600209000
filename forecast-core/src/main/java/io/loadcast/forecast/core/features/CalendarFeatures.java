package io.loadcast.forecast.core.features;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Calendar features of a period, in GB local time (Europe/London), known in advance so legal for any origin:
 * half-hour of day (sine, cosine), day of week (one-hot, 7), season (day-of-year sine, cosine), and public
 * holidays of England &amp; Wales and of Scotland (0/1).
 */
public final class CalendarFeatures {

    public static final int COUNT = 13;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private CalendarFeatures() {}

    public static double[] of(Instant time) {
        double[] out = new double[COUNT];
        write(time, out, 0);
        return out;
    }

    /** Writes the {@link #COUNT} features of {@code time} into {@code out} from {@code offset}. */
    public static void write(Instant time, double[] out, int offset) {
        ZonedDateTime local = time.atZone(LONDON);
        double dayFraction = (local.getHour() * 60 + local.getMinute()) / 1440.0;
        out[offset] = Math.sin(2 * Math.PI * dayFraction);
        out[offset + 1] = Math.cos(2 * Math.PI * dayFraction);
        for (int d = 0; d < 7; d++) {
            out[offset + 2 + d] = 0;
        }
        out[offset + 1 + local.getDayOfWeek().getValue()] = 1;
        double yearFraction = (local.getDayOfYear() - 1) / 365.25;
        out[offset + 9] = Math.sin(2 * Math.PI * yearFraction);
        out[offset + 10] = Math.cos(2 * Math.PI * yearFraction);
        out[offset + 11] = UkHolidays.englandAndWales(local.toLocalDate()) ? 1 : 0;
        out[offset + 12] = UkHolidays.scotland(local.toLocalDate()) ? 1 : 0;
    }
}
