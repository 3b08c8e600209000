package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.WeatherDays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Trains {@link DirectRecurrentModel} (format 2; with weather format 3, {@link DirectFit}) with {@link
 * DirectTraining}: early stopping on a later validation span, a halving learning rate, seeded. Format-1 models
 * ({@link GruModel}: the last GRU state straight to the horizon, no future covariates) still load and serve; the
 * names below are their graph's placeholders.
 */
final class GruTrainer implements Trainer {

    static final String INPUT = "input";
    static final String H0 = "h0";
    static final String LABEL = "label";
    static final String OUTPUT = "output";

    private final @Nullable WeatherDays weather;
    private final boolean calendar;

    GruTrainer() {
        this(null, DirectFit.CALENDAR_INPUTS);
    }

    /**
     * With {@code weather} (stored actuals), the net also takes the horizon's weather; with {@code calendar}, the
     * day-type inputs ({@link DirectCalendar}).
     */
    GruTrainer(@Nullable WeatherDays weather, boolean calendar) {
        this.weather = weather;
        this.calendar = calendar;
    }

    @Override
    public ForecastModel train(
            List<HalfHourlySeries> series, TrainingSpec trainingSpec, TrainingContext context, EpochListener listener) {
        return DirectFit.train(
                series, Trainer.as(RecurrentSpec.class, trainingSpec), context, listener, weather, calendar);
    }
}
