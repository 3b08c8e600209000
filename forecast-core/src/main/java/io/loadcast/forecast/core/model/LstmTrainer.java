package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * Trains {@link DirectLstmModel} (saved as format 2) with {@link DirectTraining}: early stopping on a later
 * validation span, a halving learning rate, seeded. Format-1 models ({@link LstmModel}) still load and serve.
 */
final class LstmTrainer implements Trainer {

    @Override
    public ForecastModel train(
            List<HalfHourlySeries> series, TrainingSpec trainingSpec, TrainingContext context, EpochListener listener) {
        RecurrentSpec spec = Trainer.as(RecurrentSpec.class, trainingSpec);
        DirectTraining training = new DirectTraining(series, spec);
        ComputationGraph network = DirectLstmModel.build(spec, training.schedule());
        training.run(DirectLstmModel.net(network), listener);
        return new DirectLstmModel(context.provenance(spec, series, Provenance.DIRECT_RECURRENT_FORMAT), network);
    }
}
