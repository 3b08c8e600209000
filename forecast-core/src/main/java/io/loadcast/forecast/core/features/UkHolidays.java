package io.loadcast.forecast.core.features;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;

/**
 * UK public holidays of England &amp; Wales and of Scotland from the Jollyday library (kept calendars, incl.
 * substitute days and one-off bank holidays), cached per year because features ask for every half-hour.
 */
public final class UkHolidays {

    private static final HolidayManager MANAGER =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    /** Years cached, from {@link #FIRST_YEAR}; others are read from Jollyday on every call. */
    private static final int FIRST_YEAR = 1900;

    private static final int YEARS = 300;

    /**
     * Per region, indexed by year (no key built per look-up: a served forecast asks hundreds of times). A race only
     * computes the same immutable set twice.
     */
    private static final AtomicReferenceArray<Set<LocalDate>> ENGLAND_AND_WALES = new AtomicReferenceArray<>(YEARS);

    private static final AtomicReferenceArray<Set<LocalDate>> SCOTLAND = new AtomicReferenceArray<>(YEARS);

    private UkHolidays() {}

    public static boolean englandAndWales(LocalDate date) {
        return holidays(ENGLAND_AND_WALES, date.getYear(), "eng").contains(date);
    }

    public static boolean scotland(LocalDate date) {
        return holidays(SCOTLAND, date.getYear(), "sct").contains(date);
    }

    private static Set<LocalDate> holidays(AtomicReferenceArray<Set<LocalDate>> cache, int year, String region) {
        int at = year - FIRST_YEAR;
        if (at < 0 || at >= YEARS) {
            return read(year, region);
        }
        Set<LocalDate> known = cache.get(at);
        if (known == null) {
            known = read(year, region);
            cache.set(at, known);
        }
        return known;
    }

    private static Set<LocalDate> read(int year, String region) {
        return MANAGER.getHolidays(Year.of(year), region).stream()
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet());
    }
}
