package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.AsOfHistory;
import io.loadcast.forecast.core.features.DayAheadFeatures;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.features.WeatherFeatures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Fits a {@link WeatherCorrection} on a base {@code day-ahead} model's own day-ahead errors: for each training day D
 * that has weather (and D-1 and D-7 too), the forecast issued at 09:00 local on D-1 for every period of D, against
 * the readings. Days without weather add nothing, so a training window that is partly outside the weather record
 * (the 2021 to late-2023 gap of the shared data) trains the base model on all of it and the correction on the days
 * that have weather. With fewer than {@link #MIN_DAYS} such days the base model is returned unchanged.
 */
final class DayAheadWeatherFit {

    static final int MIN_DAYS = 60;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private DayAheadWeatherFit() {}

    static DayAheadModel fit(DayAheadModel base, List<HalfHourlySeries> series, WeatherDays weather) {
        WeatherCorrection.Fit fit = new WeatherCorrection.Fit();
        int days = 0;
        for (HalfHourlySeries s : series) {
            LocalDate last = s.end().atZone(LONDON).toLocalDate();
            for (LocalDate day = s.start().atZone(LONDON).toLocalDate(); day.isBefore(last); day = day.plusDays(1)) {
                days += weather.get(day) == null ? 0 : addDay(base, s, day, weather, fit);
            }
        }
        if (days < MIN_DAYS) {
            return base;
        }
        return new DayAheadModel(base.provenance().withFormat(Provenance.WEATHER_FORMAT), base.weights(), fit.solve());
    }

    /** The day's periods into the fit; 1 when any was added. */
    private static int addDay(
            DayAheadModel base, HalfHourlySeries s, LocalDate day, WeatherDays weather, WeatherCorrection.Fit fit) {
        Instant originTime = day.minusDays(1).atTime(9, 0).atZone(LONDON).toInstant();
        long origin = s.indexOf(originTime);
        long dayStart = s.indexOf(day.atStartOfDay(LONDON).toInstant());
        long dayEnd = s.indexOf(day.plusDays(1).atStartOfDay(LONDON).toInstant());
        if (origin < DayAheadFeatures.REACH || dayEnd > s.size()) {
            return 0;
        }
        double[] forecast =
                base.predict(new AsOfHistory(s.values(), (int) origin, originTime), (int) (dayEnd - origin));
        int added = 0;
        for (int i = (int) dayStart; i < dayEnd; i++) {
            Instant target = s.timeAt(i);
            double[] x = WeatherFeatures.of(target, originTime, weather);
            double f = forecast[(int) (i - origin)];
            if (x != null && Double.isFinite(s.values()[i]) && f > 0) {
                fit.add(target, x, s.values()[i], f);
                added++;
            }
        }
        return added > 0 ? 1 : 0;
    }
}
