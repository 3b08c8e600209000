package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.util.List;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * Trains the LSTM form of {@link DirectRecurrentModel} (saved as format 2) with {@link DirectTraining}: early
 * stopping on a later validation span, a halving learning rate, seeded. Format-1 models ({@link LstmModel}) still
 * load and serve.
 */
final class LstmTrainer implements Trainer {

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
