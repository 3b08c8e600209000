package io.loadcast.forecast.core.features;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The weather features of one target period for the day-ahead correction: how the target day's weather differs
 * from the lag days' the base model leans on (the latest same-time day known at the origin, and the day a week
 * before): heating degrees below 15.5 C, mean temperature, cloud cover weighted by the clear-sky daylight of the
 * period, and the temperature change weighted by daylight. The base model already sees those lag days' demand,
 * so only the change matters. Null when a day's weather is missing.
 */
public final class WeatherFeatures {

    public static final int COUNT = 7;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final double HEATING_BASE = 15.5;

    private WeatherFeatures() {}

    /** Local half-hour of day 0-47 (the 49th and 50th of the long clock-change day share 47). */
    public static int halfHour(Instant target) {
        ZonedDateTime local = target.atZone(LONDON);
        return Math.min(47, local.getHour() * 2 + local.getMinute() / 30);
    }

    /**
     * @param weather the days' weather as known at the origin: forecast for the target days (actuals in training
     *     and backtests), actuals for the days before
     */
    public static double @Nullable [] of(Instant target, Instant origin, WeatherDays weather) {
        ZonedDateTime local = target.atZone(LONDON);
        LocalDate day = local.toLocalDate();
        int latest = DayAheadFeatures.latestDay(local, origin);
        DailyWeather t = weather.get(day);
        DailyWeather a = weather.get(day.minusDays(latest));
        DailyWeather b = weather.get(day.minusDays(7));
        if (t == null || a == null || b == null) {
            return null;
        }
        double sun = SolarPosition.daylight(target);
        return new double[] {
            hdd(t) - hdd(a),
            hdd(t) - hdd(b),
            t.temperature() - a.temperature(),
            t.temperature() - b.temperature(),
            sun * (t.cloud() - a.cloud()) / 100,
            sun * (t.cloud() - b.cloud()) / 100,
            sun * (t.temperature() - a.temperature())
        };
    }

    private static double hdd(DailyWeather d) {
        return Math.max(0, HEATING_BASE - d.temperature());
    }
}
