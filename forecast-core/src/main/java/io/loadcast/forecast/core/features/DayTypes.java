package io.loadcast.forecast.core.features;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * Kinds of day that shape GB demand beyond the day of week: bank holidays (Jollyday, via {@link UkHolidays}), the
 * Christmas-New Year period when industry and offices close, and bridge days between a holiday and a weekend.
 */
public final class DayTypes {

    /** Number of day-type classes: Monday..Sunday, with England &amp; Wales bank holidays counted as Sundays. */
    public static final int CLASSES = 7;

    private DayTypes() {}

    /** 0 = Monday .. 6 = Sunday; a bank holiday of England &amp; Wales behaves like a Sunday. */
    public static int dayClass(LocalDate date) {
        return UkHolidays.englandAndWales(date) ? 6 : date.getDayOfWeek().getValue() - 1;
    }

    public static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** 24 December to 1 January: demand falls far below what the day of week says. */
    public static boolean christmasPeriod(LocalDate date) {
        return (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() >= 24)
                || (date.getMonth() == Month.JANUARY && date.getDayOfMonth() == 1);
    }

    /** 27 to 31 December: working days on paper, holidays for much of the economy. */
    public static boolean betweenChristmasAndNewYear(LocalDate date) {
        return date.getMonth() == Month.DECEMBER && date.getDayOfMonth() >= 27;
    }

    /** A working day with a bank holiday on one side and a weekend on the other. */
    public static boolean bridge(LocalDate date) {
        if (weekend(date) || UkHolidays.englandAndWales(date)) {
            return false;
        }
        LocalDate before = date.minusDays(1);
        LocalDate after = date.plusDays(1);
        return (UkHolidays.englandAndWales(before) && weekend(after))
                || (UkHolidays.englandAndWales(after) && weekend(before));
    }

    /** Days unlike their day of week: bank holidays and the Christmas period. */
    public static boolean special(LocalDate date) {
        return UkHolidays.englandAndWales(date) || christmasPeriod(date);
    }
}
