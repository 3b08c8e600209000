package io.loadcast.forecast.core.features;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * UK public holidays of England &amp; Wales and of Scotland from the Jollyday library (kept calendars, incl.
 * substitute days and one-off bank holidays), cached per year because features ask for every half-hour.
 */
public final class UkHolidays {

    private static final HolidayManager MANAGER =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    private static final Map<String, Set<LocalDate>> CACHE = new ConcurrentHashMap<>();

    private UkHolidays() {}

    public static boolean englandAndWales(LocalDate date) {
        return holidays(date.getYear(), "eng").contains(date);
    }

    public static boolean scotland(LocalDate date) {
        return holidays(date.getYear(), "sct").contains(date);
    }

    private static Set<LocalDate> holidays(int year, String region) {
        return CACHE.computeIfAbsent(
                year + region,
                key -> MANAGER.getHolidays(Year.of(year), region).stream()
                        .map(Holiday::getDate)
                        .collect(Collectors.toUnmodifiableSet()));
    }
}
