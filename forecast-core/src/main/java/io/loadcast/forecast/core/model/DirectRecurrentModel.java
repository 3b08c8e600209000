package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.features.WeatherDays;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMActivations;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMDataFormat;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMDirectionMode;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMLayerConfig;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.weights.LSTMLayerWeights;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.schedule.FixedSchedule;
import org.nd4j.linalg.schedule.ISchedule;

/**
 * Format 2 of families {@code lstm} and {@code gru}: a direct multi-horizon network as a SameDiff graph. The encoder
 * runs over the look-back ({@link DirectInputs}): libnd4j's {@code lstmLayer} or {@code gru} op's recurrence written
 * as plain ops ({@link LstmCell}, {@link GruCell}: in 1.0.0-M2.1 the ops keep native memory per training iteration,
 * and the {@code gru} op's backprop is not the gradient of its forward; the ops are built only to test that both
 * compute the same function). Its
 * last state is concatenated with the horizon's known covariates, which feed the output both directly (a linear
 * path) and through a ReLU layer of twice the hidden size; one output per horizon step, MSE loss, Adam. (DL4J's
 * {@code LSTM} layer in a {@code ComputationGraph} took six times as long per epoch as the GRU op.) Format {@link
 * Provenance#DIRECT_WEATHER_FORMAT} adds the horizon's weather to each step's covariates ({@link DirectWeather}, with an
 * availability flag): given the weather known at the origin it says {@link WeatherUse#APPLIED} / {@code PARTIAL}, and
 * without any it still forecasts (every flag 0, the mode it learnt on the training years without weather) and says
 * {@link WeatherUse#UNAVAILABLE}. Formats {@link Provenance#DIRECT_CALENDAR_FORMAT} and {@link
 * Provenance#DIRECT_CALENDAR_WEATHER_FORMAT} add {@link DirectCalendar}'s day-type inputs ({@link DirectLayout}).
 */
public final class DirectRecurrentModel implements WeatherAwareModel {

    static final String SEQUENCE = "sequence";
    static final String FUTURE = "future";
    static final String H0 = "h0";
    static final String LABEL = "label";
    static final String OUTPUT = "output";

    private final Provenance provenance;
    private final SameDiff graph;

    DirectRecurrentModel(Provenance provenance, SameDiff graph) {
        this.provenance = provenance;
        this.graph = graph;
    }

    /** The network; with {@code weather} each horizon step also takes {@link DirectWeather#COUNT} weather inputs. */
    static SameDiff build(RecurrentSpec spec, ISchedule learningRate, boolean weather) {
        return build(spec, learningRate, new DirectLayout(weather, false), false);
    }

    /** As {@link #build(RecurrentSpec, ISchedule, DirectLayout, boolean)} with format 2 or 3's inputs. */
    static SameDiff build(RecurrentSpec spec, ISchedule learningRate, boolean weather, boolean nativeOp) {
        return build(spec, learningRate, new DirectLayout(weather, false), nativeOp);
    }

    /**
     * With {@code nativeOp}, the encoder is libnd4j's {@code gru} / {@code lstmLayer} op instead of {@link GruCell} /
     * {@link LstmCell} (the same function; only the tests build it).
     */
    static SameDiff build(RecurrentSpec spec, ISchedule learningRate, DirectLayout layout, boolean nativeOp) {
        int hidden = spec.hidden();
        int lookback = spec.lookback();
        int future = layout.step() * spec.horizon();
        Nd4j.getRandom().setSeed(spec.seed());
        SameDiff sd = SameDiff.create();
        SDVariable sequence = sd.placeHolder(SEQUENCE, DataType.FLOAT, -1, DirectInputs.SEQUENCE, lookback);
        SDVariable fut = sd.placeHolder(FUTURE, DataType.FLOAT, -1, future);
        SDVariable h0 = sd.placeHolder(H0, DataType.FLOAT, -1, hidden);
        SDVariable label = sd.placeHolder(LABEL, DataType.FLOAT, -1, spec.horizon());
        SDVariable last = spec.family() == ModelFamily.LSTM
                ? lstm(sd, sequence, h0, hidden, lookback, nativeOp)
                : gru(sd, sequence, h0, hidden, lookback, nativeOp);
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

    private static SDVariable gru(
            SameDiff sd, SDVariable sequence, SDVariable h0, int hidden, int lookback, boolean nativeOp) {
        SDVariable wx = sd.var("wx", glorot(DirectInputs.SEQUENCE, 3 * hidden));
        SDVariable wh = sd.var("wh", glorot(hidden, 3 * hidden));
        SDVariable b = sd.var("b", Nd4j.zeros(DataType.FLOAT, 3 * hidden));
        if (!nativeOp) {
            return GruCell.states(sd, sequence.permute(2, 0, 1), h0, wx, wh, b, lookback, hidden)[lookback - 1];
        }
        SDVariable states = sd.rnn().gru(sequence.permute(2, 0, 1), h0, wx, wh, b);
        INDArray lastStep = Nd4j.zeros(DataType.FLOAT, lookback, 1, 1);
        lastStep.putScalar(new long[] {lookback - 1, 0, 0}, 1f);
        return states.mul(sd.constant("last_step_mask", lastStep)).sum(0);
    }

    private static SDVariable lstm(
            SameDiff sd, SDVariable sequence, SDVariable h0, int hidden, int lookback, boolean nativeOp) {
        SDVariable wx = sd.var("wx", glorot(DirectInputs.SEQUENCE, 4 * hidden));
        SDVariable wh = sd.var("wh", glorot(hidden, 4 * hidden));
        SDVariable b = sd.var("b", Nd4j.zeros(DataType.FLOAT, 4 * hidden));
        if (!nativeOp) {
            return LstmCell.last(sd, sequence.permute(2, 0, 1), h0, h0, wx, wh, b, lookback, hidden);
        }
        LSTMLayerWeights weights =
                LSTMLayerWeights.builder().weights(wx).rWeights(wh).bias(b).build();
        LSTMLayerConfig config = LSTMLayerConfig.builder()
                .lstmdataformat(LSTMDataFormat.NST)
                .directionMode(LSTMDirectionMode.FWD)
                .gateAct(LSTMActivations.SIGMOID)
                .cellAct(LSTMActivations.TANH)
                .outAct(LSTMActivations.TANH)
                .retFullSequence(false)
                .retLastH(true)
                .retLastC(false)
                .build();
        return sd.rnn().lstmLayer(sequence, h0, h0, null, weights, config)[0];
    }

    private static INDArray glorot(int in, int out) {
        return Nd4j.randn(DataType.FLOAT, in, out).muli(Math.sqrt(2.0 / (in + out)));
    }

    static DirectNet net(SameDiff sd, int hidden) {
        return new DirectNet() {
            @Override
            public double fitEpoch(Iterator<INDArray[]> batches, Runnable afterBatch) {
                try (FitBatches epoch = new FitBatches(batches, hidden)) {
                    sd.fit(epoch, 1, new AfterBatch(afterBatch));
                }
                return Double.NaN;
            }

            @Override
            public INDArray output(INDArray[] inputs) {
                return run(sd, inputs, hidden);
            }

            @Override
            public Object snapshot() {
                Map<String, INDArray> copy = new HashMap<>();
                trainable(sd).forEach(v -> copy.put(v.name(), v.getArr().dup()));
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
        return layout().history(provenance.spec().lookback());
    }

    @Override
    public boolean usesWeather() {
        return layout().weather();
    }

    private DirectLayout layout() {
        return DirectLayout.of(provenance.formatVersion());
    }

    /** Without weather: a weather-aware net forecasts as when none is known at the origin (every flag 0). */
    @Override
    public double[] predict(double[] history, Instant origin, int horizon) {
        return predict(history, origin, horizon, WeatherDays.NONE).values();
    }

    @Override
    public WeatherForecast predict(double[] history, Instant origin, int horizon, WeatherDays weather) {
        boolean aware = usesWeather();
        DirectInputs.Prepared in =
                DirectInputs.prepare(history, origin, provenance.spec().lookback(), maxHorizon(), layout(), weather);
        INDArray output;
        synchronized (graph) {
            output = run(graph, in.inputs(), ((RecurrentSpec) provenance.spec()).hidden());
        }
        double[] values = in.unscale(output, horizon);
        return new WeatherForecast(
                values, aware ? WeatherForecast.use(in.stepsWithWeather(horizon), horizon) : WeatherUse.NOT_USED);
    }

    /**
     * Forecasts for many origins in one forward pass, without weather: row {@code i} is what {@link
     * #predict(double[], Instant, int)} gives for {@code histories[i]} at {@code origins[i]} (to float rounding). One
     * pass per forecast costs ~60 ms of op dispatch over the unrolled cells, whatever the batch.
     */
    @Override
    public List<double[]> predictAll(List<double[]> histories, List<Instant> origins, int horizon) {
        if (histories.size() != origins.size()) {
            throw new IllegalArgumentException(histories.size() + " histories for " + origins.size() + " origins");
        }
        if (histories.isEmpty()) {
            return List.of();
        }
        List<DirectInputs.Prepared> in = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            in.add(DirectInputs.prepare(
                    histories.get(i),
                    origins.get(i),
                    provenance.spec().lookback(),
                    maxHorizon(),
                    layout(),
                    WeatherDays.NONE));
        }
        INDArray[] batch = {
            Nd4j.concat(0, in.stream().map(p -> p.inputs()[0]).toArray(INDArray[]::new)),
            Nd4j.concat(0, in.stream().map(p -> p.inputs()[1]).toArray(INDArray[]::new))
        };
        INDArray output;
        synchronized (graph) {
            output = run(graph, batch, ((RecurrentSpec) provenance.spec()).hidden());
        }
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            out.add(in.get(i).unscale(output.getRow(i, true), horizon));
        }
        return out;
    }

    /**
     * The trainable arrays by name (count, then name and {@link Nd4j#write} per array); the graph itself is rebuilt
     * from the saved spec on reading ({@code SameDiff.save} cannot read back the {@code lstmLayer} op in M2.1).
     */
    @Override
    public void writeParameters(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        List<SDVariable> variables = trainable(graph);
        data.writeInt(variables.size());
        for (SDVariable v : variables) {
            data.writeUTF(v.name());
            Nd4j.write(v.getArr(), data);
        }
        data.flush();
    }

    static DirectRecurrentModel read(Provenance provenance, InputStream in) throws IOException {
        RecurrentSpec spec = (RecurrentSpec) provenance.spec();
        SameDiff sd =
                build(spec, new FixedSchedule(spec.learningRate()), DirectLayout.of(provenance.formatVersion()), false);
        DataInputStream data = new DataInputStream(in);
        int count = data.readInt();
        if (count != trainable(sd).size()) {
            throw new UnreadableModelException("expected " + trainable(sd).size() + " arrays, found " + count, null);
        }
        for (int i = 0; i < count; i++) {
            String name = data.readUTF();
            INDArray saved = Nd4j.read(data);
            SDVariable v = sd.getVariable(name);
            if (v == null
                    || v.getVariableType() != VariableType.VARIABLE
                    || !Arrays.equals(v.getShape(), saved.shape())) {
                throw new UnreadableModelException("array " + name + " does not fit the spec's network", null);
            }
            v.getArr().assign(saved);
        }
        return new DirectRecurrentModel(provenance, sd);
    }

    private static List<SDVariable> trainable(SameDiff sd) {
        return sd.variables().stream()
                .filter(v -> v.getVariableType() == VariableType.VARIABLE)
                .sorted(Comparator.comparing(SDVariable::name))
                .toList();
    }
}
