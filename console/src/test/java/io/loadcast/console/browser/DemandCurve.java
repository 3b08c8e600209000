package io.loadcast.console.browser;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;

/**
 * Half-hourly demand with the daily shape of a grid (night trough, morning ramp, evening peak, quieter weekends) or
 * of an office site (busy in working hours), plus seeded noise, so the chart draws something an operator would
 * recognise and each series looks different.
 */
record DemandCurve(double base, double morning, double evening, double night, double weekendDrop, boolean office) {

    static final Duration STEP = Duration.ofMinutes(30);

    static DemandCurve grid() {
        return new DemandCurve(24_000, 5_500, 9_000, -5_000, 2_500, false);
    }

    static DemandCurve officeSite() {
        return new DemandCurve(110, 0, 0, 0, 60, true);
    }

    /** The expected value at an instant, without noise: what a perfect seasonal model would forecast. */
    double expected(Instant t) {
        ZonedDateTime at = t.atZone(ZoneOffset.UTC);
        double hour = at.getHour() + at.getMinute() / 60.0;
        boolean weekend = at.getDayOfWeek() == DayOfWeek.SATURDAY || at.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (office) {
            double working = weekend ? 0 : 280 / (1 + Math.exp(-(hour - 8) * 2)) / (1 + Math.exp((hour - 18) * 2));
            return base + working + 25 * Math.sin(hour / 24 * 2 * Math.PI);
        }
        return base
                + morning * bump(hour, 8.5, 2.0)
                + evening * bump(hour, 18, 2.2)
                + night * bump(hour, 4, 2.5)
                - (weekend ? weekendDrop : 0);
    }

    /** Readings every half hour over [end - days, end), with noise of about 1.5% from the given seed. */
    NavigableMap<Instant, Double> readings(Instant end, int days, long seed) {
        Random random = new Random(seed);
        NavigableMap<Instant, Double> readings = new TreeMap<>();
        for (Instant t = end.minus(Duration.ofDays(days)); t.isBefore(end); t = t.plus(STEP)) {
            double value = expected(t);
            readings.put(t, Math.round(value * (1 + 0.015 * random.nextGaussian()) * 10) / 10.0);
        }
        return readings;
    }

    private static double bump(double hour, double centre, double width) {
        return Math.exp(-Math.pow((hour - centre) / width, 2));
    }
}
