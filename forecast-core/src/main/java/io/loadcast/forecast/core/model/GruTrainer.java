package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Trains {@link GruModel} as a SameDiff graph: the libnd4j {@code gru} op (Cho et al., 2014) over the
 * time-major sequence, the last hidden state picked by a 0/1 time mask and a sum (the op's backprop through
 * {@code strided_slice} fails in 1.0.0-M2.1), then a linear layer to the horizon; MSE loss, Adam.
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
        Origins origins = Origins.of(series, spec.lookback(), spec.horizon(), spec.stride());
        INDArray[] samples = SequenceSamples.build(series, origins, spec.lookback(), spec.horizon());
        SameDiff sd = graph(spec);
        sd.setTrainingConfig(new TrainingConfig.Builder()
                .updater(new Adam(spec.learningRate()))
                .dataSetFeatureMapping(INPUT, H0)
                .dataSetLabelMapping(LABEL)
                .build());
        DataSet all = new DataSet(samples[0], samples[1]);
        for (int epoch = 1; epoch <= spec.epochs(); epoch++) {
            all.shuffle(spec.seed() + epoch);
            List<DataSet> batches = all.batchBy(spec.batchSize());
            for (int b = 0; b < batches.size(); b++) {
                DataSet batch = batches.get(b);
                INDArray h0 = Nd4j.zeros(DataType.FLOAT, batch.numExamples(), spec.hidden());
                sd.fit(new MultiDataSet(new INDArray[] {batch.getFeatures(), h0}, new INDArray[] {batch.getLabels()}));
                listener.onBatch(epoch, b + 1, batches.size());
            }
            listener.onEpoch(epoch, spec.epochs(), loss(sd, all, spec));
        }
        return new GruModel(context.provenance(spec, series), sd);
    }

    /**
     * fit(MultiDataSet) keeps no loss curve, so the epoch loss is a forward pass over the samples, a batch at a time:
     * one pass over all of them at once holds look-back x samples x 3 x hidden floats off-heap (gigabytes on years
     * of half-hours), which is what exhausted the container's memory.
     */
    private static double loss(SameDiff sd, DataSet all, RecurrentSpec spec) {
        double sum = 0;
        for (DataSet batch : all.batchBy(Math.max(spec.batchSize(), 512))) {
            INDArray h0 = Nd4j.zeros(DataType.FLOAT, batch.numExamples(), spec.hidden());
            INDArray loss = sd.output(Map.of(INPUT, batch.getFeatures(), H0, h0, LABEL, batch.getLabels()), "loss")
                    .get("loss");
            double mean =
                    Objects.requireNonNull(loss, "the graph has no loss output").getDouble(0);
            sum += mean * batch.numExamples();
        }
        return sum / all.numExamples();
    }

    private static SameDiff graph(RecurrentSpec spec) {
        int features = SequenceSamples.FEATURES;
        int hidden = spec.hidden();
        int lookback = spec.lookback();
        Nd4j.getRandom().setSeed(spec.seed());
        SameDiff sd = SameDiff.create();
        SDVariable input = sd.placeHolder(INPUT, DataType.FLOAT, -1, features, lookback);
        SDVariable h0 = sd.placeHolder(H0, DataType.FLOAT, -1, hidden);
        SDVariable label = sd.placeHolder(LABEL, DataType.FLOAT, -1, spec.horizon());
        SDVariable wx = sd.var("wx", glorot(features, 3 * hidden));
        SDVariable wh = sd.var("wh", glorot(hidden, 3 * hidden));
        SDVariable b = sd.var("b", Nd4j.zeros(DataType.FLOAT, 3 * hidden));
        SDVariable timeMajor = input.permute(2, 0, 1);
        SDVariable states = sd.rnn().gru(timeMajor, h0, wx, wh, b);
        INDArray lastStep = Nd4j.zeros(DataType.FLOAT, lookback, 1, 1);
        lastStep.putScalar(new long[] {lookback - 1, 0, 0}, 1f);
        SDVariable last = states.mul(sd.constant("last_step_mask", lastStep)).sum(0);
        SDVariable w = sd.var("w", glorot(hidden, spec.horizon()));
        SDVariable bias = sd.var("bias", Nd4j.zeros(DataType.FLOAT, 1, spec.horizon()));
        SDVariable output = last.mmul(w).add(OUTPUT, bias);
        SDVariable loss = sd.loss().meanSquaredError("loss", label, output, null);
        sd.setLossVariables(loss);
        return sd;
    }

    private static INDArray glorot(int in, int out) {
        return Nd4j.randn(DataType.FLOAT, in, out).muli(Math.sqrt(2.0 / (in + out)));
    }
}
