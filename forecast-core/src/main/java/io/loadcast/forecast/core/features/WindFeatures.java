package io.loadcast.forecast.core.features;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The wind features of one target period for the day-ahead wind stage: how the target day's wind differs from the lag
 * days' the base model leans on (the latest same-time day known at the origin, and the day a week before), as the
 * daily mean of the {@link DailyWind#power power-curve proxy} (embedded wind generation, which national demand is net
 * of) and as wind speed times heating degrees below 15.5 C (wind chill on heating). Chosen among four variants on
 * 2024H2 validation (forecast-service's README). Null when a day's weather or wind is missing.
 */
public final class WindFeatures {

    public static final int COUNT = 4;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final double HEATING_BASE = 15.5;

    private WindFeatures() {}

    /**
     * @param weather the days' weather as known at the origin: forecast for the target days (actuals in training and
     *     backtests), actuals for the days before
     */
    public static double @Nullable [] of(Instant target, Instant origin, WeatherDays weather) {
        ZonedDateTime local = target.atZone(LONDON);
        LocalDate day = local.toLocalDate();
        DailyWeather t = weather.get(day);
        DailyWeather a = weather.get(day.minusDays(DayAheadFeatures.latestDay(local, origin)));
        DailyWeather b = weather.get(day.minusDays(7));
        if (t == null || a == null || b == null) {
            return null;
        }
        DailyWind tw = t.wind();
        DailyWind aw = a.wind();
        DailyWind bw = b.wind();
        if (tw == null || aw == null || bw == null) {
            return null;
        }
        return new double[] {
            tw.power() - aw.power(), tw.power() - bw.power(), chill(t, tw) - chill(a, aw), chill(t, tw) - chill(b, bw)
        };
    }

    private static double chill(DailyWeather d, DailyWind w) {
        return w.speed() * Math.max(0, HEATING_BASE - d.temperature());
    }
}
