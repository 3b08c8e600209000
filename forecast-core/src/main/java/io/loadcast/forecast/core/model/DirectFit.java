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
 * at the origin. A window with fewer than {@link #MIN_WEATHER_DAYS} days of weather trains the plain net (format 2):
 * the weather inputs would be learnt from noise.
 */
final class DirectFit {

    static final int MIN_WEATHER_DAYS = 60;

    private DirectFit() {}

    static DirectRecurrentModel train(
            List<HalfHourlySeries> series,
            RecurrentSpec spec,
            TrainingContext context,
            EpochListener listener,
            @Nullable WeatherDays weather) {
        boolean aware = weather != null && days(series, weather) >= MIN_WEATHER_DAYS;
        if (weather != null) {
            context.note(
                    "weather_inputs",
                    aware ? "used (" + days(series, weather) + " days)" : "not used: too few days with weather");
        }
        DirectTraining training = new DirectTraining(series, spec, aware ? weather : null);
        SameDiff sd = DirectRecurrentModel.build(spec, training.schedule(), aware);
        training.run(DirectRecurrentModel.net(sd, spec.hidden()), listener);
        int format = aware ? Provenance.DIRECT_WEATHER_FORMAT : Provenance.DIRECT_RECURRENT_FORMAT;
        return new DirectRecurrentModel(context.provenance(spec, series, format), sd);
    }

    private static long days(List<HalfHourlySeries> series, WeatherDays weather) {
        return series.stream()
                .mapToLong(s -> DirectWeather.daysWithin(weather, s.start(), s.end()))
                .sum();
    }
}
