package io.loadcast.forecast.core.features;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Weather per local day (Europe/London, the days of GB settlement), from daily rows or from hourly rows averaged
 * over the local day. Daily means are the common resolution of the two weather sources this project has (Heathrow
 * daily 2015-2020, Open-Meteo hourly from late 2023), so the correction is fitted on days, not hours. Only hourly
 * rows carry wind ({@link DailyWind}).
 */
public record WeatherDays(Map<LocalDate, DailyWeather> days) {

    public static final WeatherDays NONE = new WeatherDays(Map.of());

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** A day mean of hourly rows needs this many hours of the day (23-25 in a local day). */
    static final int MIN_HOURS = 20;

    public WeatherDays {
        days = Collections.unmodifiableMap(new TreeMap<>(days));
    }

    public @Nullable DailyWeather get(LocalDate day) {
        return days.get(day);
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    public int size() {
        return days.size();
    }

    /** Collects daily and hourly rows; a day with a daily row keeps it, others average their hours. */
    public static Builder builder() {
        return new Builder();
    }

    /** Accumulates rows; NaN values are skipped. */
    public static final class Builder {
        private final Map<LocalDate, DailyWeather> daily = new TreeMap<>();
        private final Map<LocalDate, double[]> hourly = new TreeMap<>();

        public Builder day(LocalDate day, double temperature, double cloud) {
            if (Double.isFinite(temperature) && Double.isFinite(cloud)) {
                daily.put(day, new DailyWeather(temperature, cloud));
            }
            return this;
        }

        public Builder hour(Instant start, double temperature, double cloud) {
            return hour(start, temperature, cloud, Double.NaN);
        }

        /** An hourly row with its 10 m wind speed in m/s (NaN when unknown); a day has wind when 20 hours had it. */
        public Builder hour(Instant start, double temperature, double cloud, double windSpeed) {
            if (Double.isFinite(temperature) && Double.isFinite(cloud)) {
                double[] sum = hourly.computeIfAbsent(start.atZone(LONDON).toLocalDate(), d -> new double[6]);
                sum[0] += temperature;
                sum[1] += cloud;
                sum[2]++;
                if (Double.isFinite(windSpeed) && windSpeed >= 0) {
                    sum[3] += windSpeed;
                    sum[4] += DailyWind.power(windSpeed);
                    sum[5]++;
                }
            }
            return this;
        }

        public WeatherDays build() {
            Map<LocalDate, DailyWeather> out = new TreeMap<>();
            hourly.forEach((day, s) -> {
                if (s[2] >= MIN_HOURS) {
                    DailyWind wind = s[5] >= MIN_HOURS ? new DailyWind(s[3] / s[5], s[4] / s[5]) : null;
                    out.put(day, new DailyWeather(s[0] / s[2], s[1] / s[2], wind));
                }
            });
            out.putAll(daily);
            return new WeatherDays(out);
        }
    }
}
