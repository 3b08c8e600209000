package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/** The baseline: each period takes the value of the same period one week earlier. Nothing to fit. */
public record SeasonalNaive(Provenance provenance) implements ForecastModel {

    static final Trainer TRAINER = new Trainer() {
        @Override
        public ForecastModel train(
                List<HalfHourlySeries> series, TrainingSpec spec, TrainingContext context, EpochListener listener) {
            TrainingSpec weekly =
                    new SeasonalNaiveSpec(Math.min(spec.horizon(), HalfHourlySeries.STEPS_PER_WEEK), spec.seed());
            return new SeasonalNaive(context.provenance(weekly, series));
        }
    };

    @Override
    public double[] predict(double[] history, Instant origin, int horizon) {
        int season = HalfHourlySeries.STEPS_PER_WEEK;
        double[] out = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            out[h] = history[history.length - season + h];
        }
        return out;
    }

    @Override
    public void writeParameters(OutputStream out) {
        // the season length is the whole model
    }
}
