package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.DailyWeather;
import io.loadcast.forecast.core.features.WeatherDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * The weather covariates of a horizon step of the direct LSTM/GRU (format {@link Provenance#DIRECT_WEATHER_FORMAT}):
 * per step {@link #COUNT} values, from the daily means of {@link WeatherDays} (temperature and cloud cover: what both
 * weather sources have; the 2015-2020 daily file has no wind): an availability flag (1 when the target period's day
 * and the days of its two demand lags have weather, else 0 and every weather value 0), the target day's mean
 * temperature ((t - 10) / 8) and cloud cover (/ 100), and how much warmer it is than the day of the same period on the
 * latest day known and a week earlier (/ 4 C), the lags the network already sees as demand. The flag lets one network
 * learn from every demand year (the 2021 to late-2023 gap trains its no-weather mode) and forecast without weather.
 * Per half-hour index of a table: the temperature and cloud of its local day (NaN when the day has none).
 */
final class DirectWeather {

    static final int COUNT = 5;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final int from;
    private final float[] temperature;
    private final float[] cloud;

    private DirectWeather(int from, float[] temperature, float[] cloud) {
        this.from = from;
        this.temperature = temperature;
        this.cloud = cloud;
    }

    /** The days' weather for half-hour indices {@code [from, to)} of a series starting at {@code start}. */
    static DirectWeather of(WeatherDays days, Instant start, int from, int to) {
        float[] t = new float[Math.max(0, to - from)];
        float[] c = new float[t.length];
        Arrays.fill(t, Float.NaN);
        Arrays.fill(c, Float.NaN);
        LocalDate day = null;
        DailyWeather w = null;
        for (int i = from; i < to; i++) {
            LocalDate d = start.plusSeconds(HalfHourlySeries.STEP.getSeconds() * i)
                    .atZone(LONDON)
                    .toLocalDate();
            if (!d.equals(day)) {
                day = d;
                w = days.get(d);
            }
            if (w != null) {
                t[i - from] = (float) w.temperature();
                c[i - from] = (float) w.cloud();
            }
        }
        return new DirectWeather(from, t, c);
    }

    /**
     * Writes step {@code target}'s weather at {@code out[at..at+COUNT)} given its lag periods; leaves zeros and returns
     * false when a day lacks weather.
     */
    boolean write(int target, int dayLag, int weekLag, float[] out, int at) {
        float t = temperature(target);
        float a = temperature(dayLag);
        float b = temperature(weekLag);
        if (Float.isNaN(t) || Float.isNaN(a) || Float.isNaN(b)) {
            return false;
        }
        out[at] = 1;
        out[at + 1] = (t - 10) / 8;
        out[at + 2] = cloud[target - from] / 100;
        out[at + 3] = (t - a) / 4;
        out[at + 4] = (t - b) / 4;
        return true;
    }

    private float temperature(int index) {
        int k = index - from;
        return k >= 0 && k < temperature.length ? temperature[k] : Float.NaN;
    }

    /** Local days of {@code days} within {@code [from, to)}: whether a training window has enough weather to learn. */
    static long daysWithin(WeatherDays days, Instant from, Instant to) {
        LocalDate first = from.atZone(LONDON).toLocalDate();
        LocalDate last = to.atZone(LONDON).toLocalDate();
        return days.days().keySet().stream()
                .filter(d -> !d.isBefore(first) && d.isBefore(last))
                .count();
    }
}
