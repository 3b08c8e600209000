package io.loadcast.e2e.data;

import io.loadcast.contracts.RawReading;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A half-hourly demand series with a daily shape (night trough, morning ramp, evening peak), lower weekends and
 * Gaussian noise from a fixed seed, so every run feeds the same values relative to its start. {@code level}
 * scales the whole shape: 1 is normal, anything else is the drift the journey injects.
 */
public final class SyntheticDemand {

    public static final Duration STEP = Duration.ofMinutes(30);
    private static final double BASE_MW = 30_000;
    private static final double NOISE_MW = 600;

    private final String seriesId;
    private final Random noise;

    public SyntheticDemand(String seriesId, long seed) {
        this.seriesId = seriesId;
        this.noise = new Random(seed);
    }

    /** The last whole half-hour at or before {@code now}: the latest timestamp a device may already report. */
    public static Instant lastHalfHour(Instant now) {
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        Instant half = hour.plus(STEP);
        return now.isBefore(half) ? hour : half;
    }

    /** {@code count} consecutive half-hours from {@code first}, as a device would send them. */
    public List<RawReading> readings(Instant first, int count, double level) {
        List<RawReading> readings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant t = first.plus(STEP.multipliedBy(i));
            double value = Math.round((shape(t) * level * BASE_MW + noise.nextGaussian() * NOISE_MW) * 10) / 10.0;
            readings.add(new RawReading(
                    UUID.randomUUID(), Instant.now(), seriesId, t, value, "MW", "e2e-meter-" + seriesId.toLowerCase()));
        }
        return readings;
    }

    /** Relative demand at {@code t}: about 0.75 at night, 1.2 at the evening peak, 8% lower at weekends. */
    static double shape(Instant t) {
        ZonedDateTime utc = t.atZone(ZoneOffset.UTC);
        double hour = utc.getHour() + utc.getMinute() / 60.0;
        double daily =
                1.0 - 0.2 * Math.cos(2 * Math.PI * (hour - 1) / 24) + 0.08 * Math.sin(2 * Math.PI * (hour - 10) / 12);
        boolean weekend = utc.getDayOfWeek() == DayOfWeek.SATURDAY || utc.getDayOfWeek() == DayOfWeek.SUNDAY;
        return daily * (weekend ? 0.92 : 1.0);
    }
}
