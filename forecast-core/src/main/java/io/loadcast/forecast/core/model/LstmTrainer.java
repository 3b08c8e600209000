package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.util.List;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** Trains {@link LstmModel}: one LSTM layer, its last hidden state, a linear output per horizon step; MSE, Adam. */
final class LstmTrainer implements Trainer {

    @Override
    public ForecastModel train(
            List<HalfHourlySeries> series, TrainingSpec trainingSpec, TrainingContext context, EpochListener listener) {
        RecurrentSpec spec = Trainer.as(RecurrentSpec.class, trainingSpec);
        Origins origins = Origins.of(series, spec.lookback(), spec.horizon(), spec.stride());
        INDArray[] samples = SequenceSamples.build(series, origins, spec.lookback(), spec.horizon());
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(spec.seed())
                .updater(new Adam(spec.learningRate()))
                .weightInit(WeightInit.XAVIER)
                .list()
                .layer(new LastTimeStep(new LSTM.Builder()
                        .nIn(SequenceSamples.FEATURES)
                        .nOut(spec.hidden())
                        .activation(Activation.TANH)
                        .build()))
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE)
                        .nIn(spec.hidden())
                        .nOut(spec.horizon())
                        .activation(Activation.IDENTITY)
                        .build())
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        DataSet all = new DataSet(samples[0], samples[1]);
        for (int epoch = 1; epoch <= spec.epochs(); epoch++) {
            all.shuffle(spec.seed() + epoch);
            double loss = 0;
            List<DataSet> batches = all.batchBy(spec.batchSize());
            for (int b = 0; b < batches.size(); b++) {
                network.fit(batches.get(b));
                loss += network.score();
                listener.onBatch(epoch, b + 1, batches.size());
            }
            listener.onEpoch(epoch, spec.epochs(), loss / batches.size());
        }
        return new LstmModel(context.provenance(spec, series), network);
    }
}
