package io.loadcast.ingest.imports.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * GB settlement periods (Elexon BSC Section X, "Settlement Period"): half-hours of the local settlement day, period 1
 * starting at local midnight. A day has 48 periods, 46 on the spring clock change and 50 on the autumn one, so a
 * period maps to an instant by counting half-hours of elapsed time from local midnight, not by reading a wall clock.
 */
public final class SettlementDay {

    public static final ZoneId GB = ZoneId.of("Europe/London");
    private static final Duration PERIOD = Duration.ofMinutes(30);

    private final Instant start;
    private final int periods;

    private SettlementDay(Instant start, int periods) {
        this.start = start;
        this.periods = periods;
    }

    public static SettlementDay of(LocalDate date, ZoneId zone) {
        Instant start = date.atStartOfDay(zone).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
        return new SettlementDay(start, (int) (Duration.between(start, end).toMinutes() / PERIOD.toMinutes()));
    }

    /** Number of settlement periods in the day: 46, 48 or 50 in GB. */
    public int periods() {
        return periods;
    }

    /** Start of period {@code period} (1-based); the caller has checked {@code 1 <= period <= periods()}. */
    public Instant periodStart(int period) {
        return start.plus(PERIOD.multipliedBy(period - 1L));
    }
}
