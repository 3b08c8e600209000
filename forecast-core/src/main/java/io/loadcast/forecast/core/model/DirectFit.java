package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.WeatherDays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * Trains a {@link DirectRecurrentModel} of the spec's family with {@link DirectTraining}, with or without the
 * horizon's weather. With weather (the stored actuals, standing in for the forecast) the net learns from every
 * demand period: steps whose days have weather get it with the flag 1, the others (the 2021 to late-2023 gap of the
 * shared data) zeros with the flag 0, so one net learns both modes and forecasts without weather when none is known
 * at the origin. A window with fewer than {@link #MIN_WEATHER_DAYS} days of weather trains the net without weather
 * inputs (format 2, or 4 with {@code calendar}): the weather inputs would be learnt from noise. With {@code calendar}
 * the net also takes {@link DirectCalendar}'s day-type inputs (formats 4 and 5).
 */
final class DirectFit {

    static final int MIN_WEATHER_DAYS = 60;

    /** Whether the family's trainers give the net {@link DirectCalendar}'s inputs (chosen on 2023 validation). */
    static final boolean CALENDAR_INPUTS = false;

    private DirectFit() {}

    static DirectRecurrentModel train(
            List<HalfHourlySeries> series,
            RecurrentSpec spec,
            TrainingContext context,
            EpochListener listener,
            @Nullable WeatherDays weather,
            boolean calendar) {
        boolean aware = weather != null && days(series, weather) >= MIN_WEATHER_DAYS;
        if (weather != null) {
            context.note(
                    "weather_inputs",
                    aware ? "used (" + days(series, weather) + " days)" : "not used: too few days with weather");
        }
        DirectLayout layout = new DirectLayout(aware, calendar);
        DirectTraining training = new DirectTraining(series, spec, aware ? weather : null, calendar);
        SameDiff sd = DirectRecurrentModel.build(spec, training.schedule(), layout, false);
        training.run(DirectRecurrentModel.net(sd, spec.hidden()), listener);
        return new DirectRecurrentModel(context.provenance(spec, series, layout.format()), sd);
    }

    private static long days(List<HalfHourlySeries> series, WeatherDays weather) {
        return series.stream()
                .mapToLong(s -> DirectWeather.daysWithin(weather, s.start(), s.end()))
                .sum();
    }
}
