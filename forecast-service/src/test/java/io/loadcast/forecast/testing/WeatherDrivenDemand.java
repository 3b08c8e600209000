package io.loadcast.forecast.testing;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.WeatherDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

/**
 * Demand that heating drives: the {@link SyntheticDemand#steady steady} shape times {@code 1 + 0.03 x} heating
 * degrees below 15.5 C of the local day's mean temperature, which follows a seeded random walk around 8 C with
 * day-to-day swings of about 3 C (winter and spring weather). Cloud cover is 50 % throughout.
 */
public final class WeatherDrivenDemand {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private WeatherDrivenDemand() {}

    /** The daily mean temperatures from {@code start}'s local day for {@code days + 1} days. */
    public static double[] temperatures(int days, long seed) {
        Random random = new Random(seed);
        double[] t = new double[days + 1];
        t[0] = 8;
        for (int d = 1; d < t.length; d++) {
            t[d] = 8 + 0.5 * (t[d - 1] - 8) + 3 * random.nextGaussian();
        }
        return t;
    }

    public static HalfHourlySeries series(String id, Instant start, int days, double[] temperatures, long seed) {
        HalfHourlySeries steady = SyntheticDemand.steady(id, start, days, seed);
        LocalDate first = start.atZone(LONDON).toLocalDate();
        double[] values = steady.values().clone();
        for (int i = 0; i < values.length; i++) {
            int day = (int) (steady.timeAt(i).atZone(LONDON).toLocalDate().toEpochDay() - first.toEpochDay());
            values[i] *= 1 + 0.03 * Math.max(0, 15.5 - temperatures[day]);
        }
        return new HalfHourlySeries(id, start, values);
    }

    /** The same temperatures as local days, cloud 50 %. */
    public static WeatherDays weather(Instant start, double[] temperatures) {
        WeatherDays.Builder days = WeatherDays.builder();
        LocalDate first = start.atZone(LONDON).toLocalDate();
        for (int d = 0; d < temperatures.length; d++) {
            days.day(first.plusDays(d), temperatures[d], 50);
        }
        return days.build();
    }

    /** Every hour of the stub's actuals from {@code start}'s local day on, from the daily temperatures. */
    public static void storeActuals(WeatherStub stub, Instant start, double[] temperatures) {
        LocalDate first = start.atZone(LONDON).toLocalDate();
        for (int d = 0; d < temperatures.length; d++) {
            Instant from = first.plusDays(d).atStartOfDay(LONDON).toInstant();
            Instant to = first.plusDays(d + 1).atStartOfDay(LONDON).toInstant();
            for (Instant h = from; h.isBefore(to); h = h.plusSeconds(3600)) {
                stub.actual(h, temperatures[d], 50);
            }
        }
    }

    /**
     * A forecast issued at {@code issuedAt}: every hour of four local days from {@code first}, at those days' actual
     * temperatures plus 0.5 C, cloud 50 %.
     */
    public static void storeForecast(
            WeatherStub stub, Instant issuedAt, LocalDate first, Instant start, double[] temperatures) {
        LocalDate startDay = start.atZone(LONDON).toLocalDate();
        for (LocalDate day = first; day.isBefore(first.plusDays(4)); day = day.plusDays(1)) {
            double t = temperatures[(int) (day.toEpochDay() - startDay.toEpochDay())] + 0.5;
            Instant to = day.plusDays(1).atStartOfDay(LONDON).toInstant();
            for (Instant h = day.atStartOfDay(LONDON).toInstant(); h.isBefore(to); h = h.plusSeconds(3600)) {
                stub.forecast(issuedAt, h, t, 50);
            }
        }
    }
}
