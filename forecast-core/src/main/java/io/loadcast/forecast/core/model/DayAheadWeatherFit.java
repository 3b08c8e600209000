package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.AsOfHistory;
import io.loadcast.forecast.core.features.DailyWeather;
import io.loadcast.forecast.core.features.DayAheadFeatures;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.features.WeatherFeatures;
import io.loadcast.forecast.core.features.WindFeatures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fits a {@link WeatherCorrection} on a base {@code day-ahead} model's own day-ahead errors: for each training day D
 * that has weather (and D-1 and D-7 too), the forecast issued at 09:00 local on D-1 for every period of D, against
 * the readings. Days without weather add nothing, so a training window that is partly outside the weather record
 * (the 2021 to late-2023 gap of the shared data) trains the base model on all of it and the correction on the days
 * that have weather. With fewer than {@link #MIN_DAYS} such days the base model is returned unchanged. Then the wind
 * stage: the same regression of the corrected forecast's relative error on {@link WindFeatures}, fitted on the days
 * whose weather has wind (hourly rows: from late 2023 in the shared data) when there are {@link #MIN_DAYS} of them
 * (format 3); otherwise the model is the format-2 one, unchanged.
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
        WeatherCorrection first = fit.solve();
        DayAheadModel corrected =
                new DayAheadModel(base.provenance().withFormat(Provenance.WEATHER_FORMAT), base.weights(), first);
        return withWind(corrected, first, series, weather);
    }

    /** The model with a wind stage fitted on the days with wind, or {@code corrected} when too few have it. */
    private static DayAheadModel withWind(
            DayAheadModel corrected, WeatherCorrection first, List<HalfHourlySeries> series, WeatherDays weather) {
        WeatherCorrection.Fit wind = new WeatherCorrection.Fit(WindFeatures.COUNT);
        int days = 0;
        for (HalfHourlySeries s : series) {
            LocalDate last = s.end().atZone(LONDON).toLocalDate();
            for (LocalDate day = s.start().atZone(LONDON).toLocalDate(); day.isBefore(last); day = day.plusDays(1)) {
                DailyWeather w = weather.get(day);
                days += w == null || w.wind() == null ? 0 : addWindDay(corrected, first, s, day, weather, wind);
            }
        }
        if (days < MIN_DAYS) {
            return corrected;
        }
        return new DayAheadModel(
                corrected.provenance().withFormat(Provenance.DAY_AHEAD_WIND_FORMAT),
                corrected.weights(),
                first,
                wind.solve());
    }

    /** The day's corrected errors into the wind fit; 1 when any period was added. */
    private static int addWindDay(
            DayAheadModel model,
            WeatherCorrection first,
            HalfHourlySeries s,
            LocalDate day,
            WeatherDays weather,
            WeatherCorrection.Fit fit) {
        DayForecast d = DayForecast.of(model, s, day);
        if (d == null) {
            return 0;
        }
        int added = 0;
        for (int i = d.start(); i < d.end(); i++) {
            Instant target = s.timeAt(i);
            double[] x = WeatherFeatures.of(target, d.originTime(), weather);
            double[] w = WindFeatures.of(target, d.originTime(), weather);
            double f = d.at(i);
            if (x != null && w != null && Double.isFinite(s.values()[i]) && f > 0) {
                fit.add(target, w, s.values()[i], first.apply(target, x, f));
                added++;
            }
        }
        return added > 0 ? 1 : 0;
    }

    /** The day's periods into the fit; 1 when any was added. */
    private static int addDay(
            DayAheadModel base, HalfHourlySeries s, LocalDate day, WeatherDays weather, WeatherCorrection.Fit fit) {
        DayForecast d = DayForecast.of(base, s, day);
        if (d == null) {
            return 0;
        }
        int added = 0;
        for (int i = d.start(); i < d.end(); i++) {
            Instant target = s.timeAt(i);
            double[] x = WeatherFeatures.of(target, d.originTime(), weather);
            double f = d.at(i);
            if (x != null && Double.isFinite(s.values()[i]) && f > 0) {
                fit.add(target, x, s.values()[i], f);
                added++;
            }
        }
        return added > 0 ? 1 : 0;
    }

    /** A model's forecast from 09:00 D-1 over the periods {@code [start, end)} of day D, as indices of the series. */
    private record DayForecast(Instant originTime, int origin, int start, int end, double[] forecast) {

        /** Null when the series does not reach the lags before the origin or the end of the day. */
        static @Nullable DayForecast of(DayAheadModel model, HalfHourlySeries s, LocalDate day) {
            Instant originTime = day.minusDays(1).atTime(9, 0).atZone(LONDON).toInstant();
            long origin = s.indexOf(originTime);
            long dayStart = s.indexOf(day.atStartOfDay(LONDON).toInstant());
            long dayEnd = s.indexOf(day.plusDays(1).atStartOfDay(LONDON).toInstant());
            if (origin < DayAheadFeatures.REACH || dayEnd > s.size()) {
                return null;
            }
            double[] forecast =
                    model.predict(new AsOfHistory(s.values(), (int) origin, originTime), (int) (dayEnd - origin));
            return new DayForecast(originTime, (int) origin, (int) dayStart, (int) dayEnd, forecast);
        }

        double at(int index) {
            return forecast[index - origin];
        }
    }
}
