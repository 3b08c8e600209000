package io.loadcast.forecast.core.features;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Features of one target period for a day-ahead demand forecast, all legal at the origin: same-time lags of the
 * latest days known, of one and two weeks before (a holiday a week ago is skipped for the week before), the level
 * of the last day and of the same day a week earlier, the day type of the target day and of the lag days
 * (Jollyday bank holidays, Christmas period, bridge days), day-of-year Fourier terms and the sun's elevation.
 * Values are relative to the mean of the week before the origin ({@code value / level - 1}), so one model serves
 * any scale and the fitted weights read as shares.
 *
 * <p>Targets are grouped into {@link #HEADS} heads by local half-hour of day, {@link DayTypes#dayClass day class}
 * of the target day, and whether yesterday's same period is already known; each head is its own regression,
 * so the weights of the lags can differ between, say, a Monday morning and a Saturday evening.
 */
public final class DayAheadFeatures {

    public static final int COUNT = 25;
    public static final int HEADS = 48 * DayTypes.CLASSES * 2;
    /** Half-hours of history needed before the origin: two weeks of lags plus the days in between. */
    public static final int REACH = 15 * 48;

    /**
     * Columns that only a long history can fit (day-of-year terms, the solar-growth trend): on less than two years
     * they extrapolate a few months' drift, so trainers leave them out there.
     */
    public static final int[] SEASONAL_COLUMNS = {17, 18, 19, 20, 21, 22, 24};

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int WEEK = 336;

    private DayAheadFeatures() {}

    /** The mean of the week before the origin; every feature and target is relative to it. */
    public static double level(AsOfHistory history) {
        double level = history.mean(WEEK, 0);
        return Math.abs(level) < 1e-9 ? 1 : level;
    }

    /** The days back of the latest same-time reading known at the origin (1 or 2 within 48 h). */
    static int latestDay(ZonedDateTime target, Instant origin) {
        int days = 1;
        while (!target.minusDays(days).toInstant().isBefore(origin)) {
            days++;
        }
        return days;
    }

    public static int head(Instant origin, Instant target) {
        return head(Target.of(target, origin));
    }

    public static int head(Target target) {
        ZonedDateTime local = target.local();
        int halfHour = Math.min(47, (local.getHour() * 60 + local.getMinute()) / 30);
        int dayClass = DayTypes.dayClass(local.toLocalDate());
        int known = target.latest() == 1 ? 0 : 1;
        return (halfHour * DayTypes.CLASSES + dayClass) * 2 + known;
    }

    /** Writes the {@link #COUNT} features of {@code target} into {@code out}; reads only before the origin. */
    public static void write(AsOfHistory history, double level, Instant target, double[] out) {
        write(history, level, OriginTerms.of(history), Target.of(target, history.originTime()), out);
    }

    /**
     * As {@link #write(AsOfHistory, double, Instant, double[])}, with what every target of the origin shares computed
     * once ({@code terms}) and the target's local time worked out once for its features and its {@link #head}: a
     * served forecast writes 48 or more targets of one origin.
     */
    public static void write(AsOfHistory history, double level, OriginTerms terms, Target target, double[] out) {
        ZonedDateTime local = target.local();
        LocalDate day = local.toLocalDate();
        int latest = target.latest();
        out[0] = 1;
        out[1] = lag(history, level, local, latest);
        out[2] = lag(history, level, local, latest + 1);
        out[3] = lag(history, level, local, 7);
        out[4] = lag(history, level, local, 14);
        boolean holiday = UkHolidays.englandAndWales(day);
        boolean weekBeforeSpecial = DayTypes.special(day.minusDays(7));
        boolean skipWeek = weekBeforeSpecial && !(holiday || DayTypes.christmasPeriod(day));
        out[5] = skipWeek ? out[4] : out[3];
        out[6] = terms.lastDay() / level - 1;
        out[7] = terms.lastDayWeekBefore() / level - 1;
        out[8] = terms.last() / level - 1;
        out[9] = terms.lastWeekBefore() / level - 1;
        out[10] = flag(holiday);
        out[11] = flag(UkHolidays.scotland(day) && !holiday);
        out[12] = flag(DayTypes.christmasPeriod(day));
        out[13] = flag(DayTypes.betweenChristmasAndNewYear(day));
        out[14] = flag(DayTypes.bridge(day));
        out[15] = flag(DayTypes.special(day.minusDays(latest)));
        out[16] = flag(weekBeforeSpecial);
        double year = (day.getDayOfYear() - 1) / 365.25;
        for (int k = 1; k <= 3; k++) {
            out[15 + 2 * k] = Math.sin(2 * Math.PI * k * year);
            out[16 + 2 * k] = Math.cos(2 * Math.PI * k * year);
        }
        double sun = SolarPosition.daylight(target.time());
        out[23] = sun;
        // embedded solar capacity grew every year; lets the model scale the daylight effect with time
        out[24] = sun * (day.getYear() - 2015 + year) / 10;
    }

    /**
     * What the features of every target of one origin share: the mean of the last day and of the same day a week
     * earlier, the last reading and the one a week before it.
     */
    public record OriginTerms(double lastDay, double lastDayWeekBefore, double last, double lastWeekBefore) {

        public static OriginTerms of(AsOfHistory history) {
            return new OriginTerms(
                    history.mean(48, 0),
                    history.mean(48, WEEK),
                    history.at(history.origin() - 1),
                    history.at(history.origin() - 1 - WEEK));
        }
    }

    /**
     * A target period in GB local time, with the days back of its latest same-time reading known at the origin.
     *
     * @param time the start of the period
     * @param local the same instant in Europe/London
     * @param latest {@link #latestDay} of the period at the origin
     */
    public record Target(Instant time, ZonedDateTime local, int latest) {

        public static Target of(Instant time, Instant origin) {
            ZonedDateTime local = time.atZone(LONDON);
            return new Target(time, local, latestDay(local, origin));
        }
    }

    private static double lag(AsOfHistory history, double level, ZonedDateTime target, int days) {
        return history.at(target.minusDays(days).toInstant()) / level - 1;
    }

    private static double flag(boolean value) {
        return value ? 1 : 0;
    }
}
