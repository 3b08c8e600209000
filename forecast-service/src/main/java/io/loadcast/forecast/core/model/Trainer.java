package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.util.List;

/** Trains one model family on gap-free series; the same spec, data and seed give the same model. */
public interface Trainer {

    ForecastModel train(
            List<HalfHourlySeries> series, TrainingSpec spec, TrainingContext context, EpochListener listener);
}
