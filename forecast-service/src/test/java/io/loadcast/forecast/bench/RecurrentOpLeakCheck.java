package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.model.GruCell;
import io.loadcast.forecast.core.model.LstmCell;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMActivations;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMDataFormat;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMDirectionMode;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMLayerConfig;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.weights.LSTMLayerWeights;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.dataset.adapter.SingletonMultiDataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Isolates the native growth of the direct networks' training: a SameDiff graph of only libnd4j's {@code gru} op
 * (the direct GRU's sizes: 96 steps, 14 inputs, 32 hidden, batch 128) and a mean-squared loss on its states, or
 * ({@code dense}) a plain matrix product of the same input and output sizes, fitted on one fixed batch; prints the
 * resident size every 50 iterations. {@code gru-plain}: the same recurrence as plain ops ({@link GruCell}, what the
 * direct GRU now trains); {@code lstm} / {@code lstm-plain}: the {@code lstmLayer} op / {@link LstmCell}, loss on the last
 * output. Args: gru|gru-plain|lstm|lstm-plain|dense, iterations (300).
 */
public final class RecurrentOpLeakCheck {

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "gru";
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int steps = 96;
        int batch = 128;
        int inputs = 14;
        int hidden = 32;
        SameDiff sd = SameDiff.create();
        SDVariable x = sd.placeHolder("x", DataType.FLOAT, steps, batch, inputs);
        boolean lstm = mode.startsWith("lstm");
        long[] labels = lstm ? new long[] {batch, hidden} : new long[] {steps, batch, hidden};
        SDVariable y = sd.placeHolder("y", DataType.FLOAT, labels);
        SDVariable out;
        SDVariable h0 = sd.constant("h0", Nd4j.zeros(DataType.FLOAT, batch, hidden));
        if (lstm) {
            out = lstm(sd, x, h0, mode.equals("lstm-plain"), steps, hidden);
        } else if (mode.equals("gru-plain")) {
            SDVariable wx = sd.var("wx", Nd4j.rand(DataType.FLOAT, inputs, 3 * hidden));
            SDVariable wh = sd.var("wh", Nd4j.rand(DataType.FLOAT, hidden, 3 * hidden));
            SDVariable b = sd.var("b", Nd4j.zeros(DataType.FLOAT, 3 * hidden));
            out = sd.stack(0, GruCell.states(sd, x, h0, wx, wh, b, steps, hidden));
        } else if (mode.equals("gru")) {
            out = sd.rnn()
                    .gru(
                            x,
                            h0,
                            sd.var("wx", Nd4j.rand(DataType.FLOAT, inputs, 3 * hidden)),
                            sd.var("wh", Nd4j.rand(DataType.FLOAT, hidden, 3 * hidden)),
                            sd.var("b", Nd4j.zeros(DataType.FLOAT, 3 * hidden)));
        } else {
            out = x.reshape(steps * batch, inputs)
                    .mmul(sd.var("w", Nd4j.rand(DataType.FLOAT, inputs, hidden)))
                    .reshape(steps, batch, hidden);
        }
        sd.setLossVariables(sd.loss().meanSquaredError("loss", y, out, null));
        sd.setTrainingConfig(new TrainingConfig.Builder()
                .updater(new Adam(1e-3))
                .dataSetFeatureMapping("x")
                .dataSetLabelMapping("y")
                .build());
        MultiDataSet data =
                new MultiDataSet(Nd4j.rand(DataType.FLOAT, steps, batch, inputs), Nd4j.rand(DataType.FLOAT, labels));
        for (int i = 1; i <= iterations; i++) {
            sd.fit(new SingletonMultiDataSetIterator(data), 1);
            if (i % 50 == 0) {
                System.gc();
                System.out.printf(
                        "%s iteration %d: %s, load %s%n", mode, i, MemoryProbe.now(), TrainingEpochBenchmark.load());
            }
        }
    }

    /** The last output of libnd4j's {@code lstmLayer} op (as the direct LSTM configures it) or of {@link LstmCell}. */
    private static SDVariable lstm(SameDiff sd, SDVariable x, SDVariable h0, boolean plain, int steps, int hidden) {
        long inputs = x.getShape()[2];
        SDVariable wx = sd.var("wx", Nd4j.rand(DataType.FLOAT, inputs, 4 * hidden));
        SDVariable wh = sd.var("wh", Nd4j.rand(DataType.FLOAT, hidden, 4 * hidden));
        SDVariable b = sd.var("b", Nd4j.zeros(DataType.FLOAT, 4 * hidden));
        if (plain) {
            return LstmCell.last(sd, x, h0, h0, wx, wh, b, steps, hidden);
        }
        LSTMLayerConfig config = LSTMLayerConfig.builder()
                .lstmdataformat(LSTMDataFormat.TNS)
                .directionMode(LSTMDirectionMode.FWD)
                .gateAct(LSTMActivations.SIGMOID)
                .cellAct(LSTMActivations.TANH)
                .outAct(LSTMActivations.TANH)
                .retFullSequence(false)
                .retLastH(true)
                .retLastC(false)
                .build();
        LSTMLayerWeights weights =
                LSTMLayerWeights.builder().weights(wx).rWeights(wh).bias(b).build();
        return sd.rnn().lstmLayer(x, h0, h0, null, weights, config)[0];
    }
}
