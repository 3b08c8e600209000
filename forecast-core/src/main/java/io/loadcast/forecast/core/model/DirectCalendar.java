package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.DayTypes;
import io.loadcast.forecast.core.features.UkHolidays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day-type inputs of a horizon step of the direct LSTM/GRU of formats {@link Provenance#DIRECT_CALENDAR_FORMAT}
 * and {@link Provenance#DIRECT_CALENDAR_WEATHER_FORMAT}, what the {@code day-ahead} regression ({@code
 * DayAheadFeatures}) knows and the older formats' nets did not: {@link #COUNT} values per step, after the {@link
 * DirectInputs#STEP} of format 2: the holiday-aware same-weekday lag (the period two weeks back when the day a week
 * back was a bank holiday or in the Christmas period and the target day is neither), the two-week lag, the same period
 * on the day before the latest day known, flags of the target day (24 December to 1 January, 27 to 31 December, a
 * bridge day) and of the lag days (the latest day known and the day a week back special), and the mean of the 48
 * half-hours before the origin and of the 48 a week before them. Demand values are scaled as every other input (the
 * week before the origin); every one is read before the origin. Per half-hour index of a table: its local day's flags.
 */
final class DirectCalendar {

    static final int COUNT = 10;
    /** Half-hours of history the inputs read before an origin: two weeks. */
    static final int REACH = 2 * DirectInputs.WEEK;

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int SPECIAL = 1;
    private static final int CHRISTMAS = 2;
    private static final int BETWEEN = 4;
    private static final int BRIDGE = 8;
    private static final int HOLIDAY = 16;
    private static final int DAY = DirectInputs.DAY;
    private static final int WEEK = DirectInputs.WEEK;

    private final int from;
    private final byte[] flags;

    private DirectCalendar(int from, byte[] flags) {
        this.from = from;
        this.flags = flags;
    }

    /** The day flags of half-hour indices {@code [from, to)} of a series starting at {@code start}. */
    static DirectCalendar of(Instant start, int from, int to) {
        byte[] f = new byte[Math.max(0, to - from)];
        LocalDate day = null;
        byte flag = 0;
        for (int i = from; i < to; i++) {
            LocalDate d = start.plusSeconds(HalfHourlySeries.STEP.getSeconds() * i)
                    .atZone(LONDON)
                    .toLocalDate();
            if (!d.equals(day)) {
                day = d;
                flag = flags(d);
            }
            f[i - from] = flag;
        }
        return new DirectCalendar(from, f);
    }

    private static byte flags(LocalDate d) {
        int f = (DayTypes.special(d) ? SPECIAL : 0)
                | (DayTypes.christmasPeriod(d) ? CHRISTMAS : 0)
                | (DayTypes.betweenChristmasAndNewYear(d) ? BETWEEN : 0)
                | (DayTypes.bridge(d) ? BRIDGE : 0)
                | (UkHolidays.englandAndWales(d) ? HOLIDAY : 0);
        return (byte) f;
    }

    /** The means of the day before {@code origin} and of the same 48 half-hours a week earlier, scaled. */
    static float[] means(double[] values, int origin, DirectInputs.Scale scale) {
        double last = 0;
        double weekBefore = 0;
        for (int i = origin - DAY; i < origin; i++) {
            last += values[i];
            weekBefore += values[i - WEEK];
        }
        return new float[] {scale.scale(last / DAY), scale.scale(weekBefore / DAY)};
    }

    /** Writes step {@code target}'s {@link #COUNT} inputs at {@code out[at..]}, given its lag periods. */
    void write(
            double[] values,
            DirectInputs.Scale scale,
            float[] means,
            int target,
            int dayLag,
            int weekLag,
            float[] out,
            int at) {
        int day = flag(target);
        boolean weekBeforeSpecial = (flag(weekLag) & SPECIAL) != 0;
        boolean skipWeek = weekBeforeSpecial && (day & (HOLIDAY | CHRISTMAS)) == 0;
        int twoWeeks = weekLag - WEEK;
        out[at] = scale.scale(values[skipWeek ? twoWeeks : weekLag]);
        out[at + 1] = scale.scale(values[twoWeeks]);
        out[at + 2] = scale.scale(values[dayLag - DAY]);
        out[at + 3] = bit(day, CHRISTMAS);
        out[at + 4] = bit(day, BETWEEN);
        out[at + 5] = bit(day, BRIDGE);
        out[at + 6] = bit(flag(dayLag), SPECIAL);
        out[at + 7] = weekBeforeSpecial ? 1 : 0;
        out[at + 8] = means[0];
        out[at + 9] = means[1];
    }

    private int flag(int index) {
        return flags[index - from];
    }

    private static float bit(int flags, int bit) {
        return (flags & bit) != 0 ? 1 : 0;
    }
}
