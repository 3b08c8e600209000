package io.loadcast.forecast.core.features;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The sun's elevation over Great Britain, from the date and time alone (astronomy, not weather): embedded solar
 * generation and lighting load follow it, so it is legal for any forecast origin. Uses the NOAA Global Monitoring
 * Laboratory "General Solar Position Calculations" (Spencer's Fourier series for the equation of time and the
 * declination), accurate to a fraction of a degree, at a point near the centre of demand (52.5 N, 1.5 W).
 */
public final class SolarPosition {

    static final double LATITUDE = Math.toRadians(52.5);
    static final double LONGITUDE_DEGREES = -1.5;

    private SolarPosition() {}

    /** Sine of the solar elevation at {@code time}: 1 with the sun overhead, negative at night. */
    public static double sinElevation(Instant time) {
        ZonedDateTime utc = time.atZone(ZoneOffset.UTC);
        double hour = utc.getHour() + utc.getMinute() / 60.0 + utc.getSecond() / 3600.0;
        double gamma = 2 * Math.PI / 365 * (utc.getDayOfYear() - 1 + (hour - 12) / 24);
        double equationOfTime = 229.18
                * (0.000075
                        + 0.001868 * Math.cos(gamma)
                        - 0.032077 * Math.sin(gamma)
                        - 0.014615 * Math.cos(2 * gamma)
                        - 0.040849 * Math.sin(2 * gamma));
        double declination = 0.006918
                - 0.399912 * Math.cos(gamma)
                + 0.070257 * Math.sin(gamma)
                - 0.006758 * Math.cos(2 * gamma)
                + 0.000907 * Math.sin(2 * gamma)
                - 0.002697 * Math.cos(3 * gamma)
                + 0.00148 * Math.sin(3 * gamma);
        double trueSolarMinutes = hour * 60 + equationOfTime + 4 * LONGITUDE_DEGREES;
        double hourAngle = Math.toRadians(trueSolarMinutes / 4 - 180);
        return Math.sin(LATITUDE) * Math.sin(declination)
                + Math.cos(LATITUDE) * Math.cos(declination) * Math.cos(hourAngle);
    }

    /** Mean clear-sky irradiance proxy over a half-hour: the positive part of the elevation sine at its middle. */
    public static double daylight(Instant periodStart) {
        return Math.max(0, sinElevation(periodStart.plusSeconds(900)));
    }
}
