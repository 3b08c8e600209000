package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.util.List;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * Trains {@link DirectRecurrentModel} (format 2) with {@link DirectTraining}: early stopping on a later validation span, a
 * halving learning rate, seeded. Format-1 models ({@link GruModel}: the last GRU state straight to the horizon, no
 * future covariates) still load and serve; the names below are their graph's placeholders.
 */
final class GruTrainer implements Trainer {

    static final String INPUT = "input";
    static final String H0 = "h0";
    static final String LABEL = "label";
    static final String OUTPUT = "output";

    @Override
    public ForecastModel train(
            List<HalfHourlySeries> series, TrainingSpec trainingSpec, TrainingContext context, EpochListener listener) {
        RecurrentSpec spec = Trainer.as(RecurrentSpec.class, trainingSpec);
        DirectTraining training = new DirectTraining(series, spec);
        SameDiff sd = DirectRecurrentModel.build(spec, training.schedule());
        training.run(DirectRecurrentModel.net(sd, spec.hidden()), listener);
        return new DirectRecurrentModel(context.provenance(spec, series, Provenance.DIRECT_RECURRENT_FORMAT), sd);
    }
}
