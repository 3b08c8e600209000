package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.WeatherDays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Trains the direct {@code lstm} or {@code gru} network ({@link DirectRecurrentModel}; which one, the spec's family
 * says) with {@link DirectTraining}: early stopping on a later validation span, a halving learning rate, seeded. Saved
 * as format 2; with {@code weather} (stored actuals) the net also takes the horizon's weather (format 3), with {@code
 * calendar} the day-type inputs of {@link DirectCalendar} (formats 4 and 5); see {@link DirectFit}. Format-1 models
 * ({@link GruModel}, {@link LstmModel}) still load and serve.
 */
record DirectTrainer(@Nullable WeatherDays weather, boolean calendar) implements Trainer {

    /** The families' default: no weather, the default inputs. */
    DirectTrainer() {
        this(null, DirectFit.CALENDAR_INPUTS);
    }

    @Override
    public ForecastModel train(
            List<HalfHourlySeries> series, TrainingSpec trainingSpec, TrainingContext context, EpochListener listener) {
        return DirectFit.train(
                series, Trainer.as(RecurrentSpec.class, trainingSpec), context, listener, weather, calendar);
    }
}
