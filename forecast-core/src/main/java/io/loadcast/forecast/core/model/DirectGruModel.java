package io.loadcast.forecast.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.nd4j.autodiff.listeners.records.LossCurve;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.schedule.ISchedule;

/**
 * Format 2 of family {@code gru}: the direct multi-horizon network of {@link DirectLstmModel} with a GRU encoder, as
 * a SameDiff graph (the libnd4j {@code gru} op, last state picked by a 0/1 time mask as in {@link GruTrainer}).
 */
public final class DirectGruModel implements ForecastModel {

    static final String SEQUENCE = "sequence";
    static final String FUTURE = "future";
    static final String H0 = "h0";
    static final String LABEL = "label";
    static final String OUTPUT = "output";

    private final Provenance provenance;
    private final SameDiff graph;

    DirectGruModel(Provenance provenance, SameDiff graph) {
        this.provenance = provenance;
        this.graph = graph;
    }

    static SameDiff build(RecurrentSpec spec, ISchedule learningRate) {
        int hidden = spec.hidden();
        int lookback = spec.lookback();
        int future = DirectInputs.STEP * spec.horizon();
        Nd4j.getRandom().setSeed(spec.seed());
        SameDiff sd = SameDiff.create();
        SDVariable sequence = sd.placeHolder(SEQUENCE, DataType.FLOAT, -1, DirectInputs.SEQUENCE, lookback);
        SDVariable fut = sd.placeHolder(FUTURE, DataType.FLOAT, -1, future);
        SDVariable h0 = sd.placeHolder(H0, DataType.FLOAT, -1, hidden);
        SDVariable label = sd.placeHolder(LABEL, DataType.FLOAT, -1, spec.horizon());
        SDVariable wx = sd.var("wx", glorot(DirectInputs.SEQUENCE, 3 * hidden));
        SDVariable wh = sd.var("wh", glorot(hidden, 3 * hidden));
        SDVariable b = sd.var("b", Nd4j.zeros(DataType.FLOAT, 3 * hidden));
        SDVariable states = sd.rnn().gru(sequence.permute(2, 0, 1), h0, wx, wh, b);
        INDArray lastStep = Nd4j.zeros(DataType.FLOAT, lookback, 1, 1);
        lastStep.putScalar(new long[] {lookback - 1, 0, 0}, 1f);
        SDVariable last = states.mul(sd.constant("last_step_mask", lastStep)).sum(0);
        SDVariable merge = sd.concat(1, last, fut);
        SDVariable w1 = sd.var("w1", glorot(hidden + future, 2 * hidden));
        SDVariable b1 = sd.var("b1", Nd4j.zeros(DataType.FLOAT, 1, 2 * hidden));
        SDVariable dense = sd.nn().relu(merge.mmul(w1).add(b1), 0);
        SDVariable w = sd.var("w", glorot(hidden + future + 2 * hidden, spec.horizon()));
        SDVariable bias = sd.var("bias", Nd4j.zeros(DataType.FLOAT, 1, spec.horizon()));
        SDVariable output = sd.concat(1, merge, dense).mmul(w).add(OUTPUT, bias);
        sd.setLossVariables(sd.loss().meanSquaredError("loss", label, output, null));
        sd.setTrainingConfig(new TrainingConfig.Builder()
                .updater(new Adam(learningRate))
                .dataSetFeatureMapping(SEQUENCE, FUTURE, H0)
                .dataSetLabelMapping(LABEL)
                .build());
        return sd;
    }

    private static INDArray glorot(int in, int out) {
        return Nd4j.randn(DataType.FLOAT, in, out).muli(Math.sqrt(2.0 / (in + out)));
    }

    static DirectNet net(SameDiff sd, int hidden) {
        return new DirectNet() {
            @Override
            public double fit(INDArray[] batch) {
                INDArray h0 = Nd4j.zeros(DataType.FLOAT, batch[0].size(0), hidden);
                LossCurve curve = sd.fit(
                                new MultiDataSet(new INDArray[] {batch[0], batch[1], h0}, new INDArray[] {batch[2]}))
                        .lossCurve();
                return curve == null || curve.losses().isEmpty()
                        ? Double.NaN
                        : curve.lastMeanLoss().totalLoss();
            }

            @Override
            public INDArray output(INDArray[] inputs) {
                return run(sd, inputs, hidden);
            }

            @Override
            public Object snapshot() {
                Map<String, INDArray> copy = new HashMap<>();
                sd.variables().stream()
                        .filter(v -> v.getVariableType() == org.nd4j.autodiff.samediff.VariableType.VARIABLE)
                        .forEach(v -> copy.put(v.name(), v.getArr().dup()));
                return copy;
            }

            @Override
            @SuppressWarnings("unchecked")
            public void restore(Object snapshot) {
                ((Map<String, INDArray>) snapshot)
                        .forEach((name, arr) -> sd.getVariable(name).getArr().assign(arr));
            }
        };
    }

    private static INDArray run(SameDiff sd, INDArray[] inputs, int hidden) {
        INDArray h0 = Nd4j.zeros(DataType.FLOAT, inputs[0].size(0), hidden);
        INDArray out = sd.output(Map.of(SEQUENCE, inputs[0], FUTURE, inputs[1], H0, h0), OUTPUT)
                .get(OUTPUT);
        if (out == null) {
            throw new IllegalStateException("the graph has no output " + OUTPUT);
        }
        return out;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public int lookback() {
        return DirectInputs.history(provenance.spec().lookback());
    }

    @Override
    public double[] predict(double[] history, Instant origin, int horizon) {
        DirectInputs.Prepared in =
                DirectInputs.prepare(history, origin, provenance.spec().lookback(), maxHorizon());
        INDArray output;
        synchronized (graph) {
            output = run(graph, in.inputs(), ((RecurrentSpec) provenance.spec()).hidden());
        }
        return in.unscale(output, horizon);
    }

    @Override
    public void writeParameters(OutputStream out) throws IOException {
        graph.save(out, false);
    }

    static DirectGruModel read(Provenance provenance, InputStream in) {
        return new DirectGruModel(provenance, SameDiff.load(in, false));
    }
}
