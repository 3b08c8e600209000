package io.loadcast.forecast.core.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.schedule.ISchedule;

/**
 * Format 2 of family {@code lstm}: a direct multi-horizon network (DL4J {@link ComputationGraph}). An LSTM encodes
 * the look-back ({@link DirectInputs}); its last hidden state is merged with the horizon's known covariates, which
 * feed the output both directly (a linear path) and through a ReLU layer; one output per horizon step, MSE, Adam.
 */
public final class DirectLstmModel implements ForecastModel {

    private final Provenance provenance;
    private final ComputationGraph network;

    DirectLstmModel(Provenance provenance, ComputationGraph network) {
        this.provenance = provenance;
        this.network = network;
    }

    static ComputationGraph build(RecurrentSpec spec, ISchedule learningRate) {
        int future = DirectInputs.STEP * spec.horizon();
        int hidden = spec.hidden();
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(spec.seed())
                .updater(new Adam(learningRate))
                .weightInit(WeightInit.XAVIER)
                .graphBuilder()
                .addInputs("sequence", "future")
                .addLayer(
                        "encoder",
                        new LastTimeStep(new LSTM.Builder()
                                .nIn(DirectInputs.SEQUENCE)
                                .nOut(hidden)
                                .activation(Activation.TANH)
                                .build()),
                        "sequence")
                .addVertex("merge", new MergeVertex(), "encoder", "future")
                .addLayer(
                        "dense",
                        new DenseLayer.Builder()
                                .nIn(hidden + future)
                                .nOut(2 * hidden)
                                .activation(Activation.RELU)
                                .build(),
                        "merge")
                .addLayer(
                        "output",
                        new OutputLayer.Builder(LossFunctions.LossFunction.MSE)
                                .nIn(hidden + future + 2 * hidden)
                                .nOut(spec.horizon())
                                .activation(Activation.IDENTITY)
                                .build(),
                        "merge",
                        "dense")
                .setOutputs("output")
                .build();
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        return graph;
    }

    static DirectNet net(ComputationGraph graph) {
        return new DirectNet() {
            @Override
            public double fit(INDArray[] batch) {
                graph.fit(new MultiDataSet(new INDArray[] {batch[0], batch[1]}, new INDArray[] {batch[2]}));
                return graph.score();
            }

            @Override
            public INDArray output(INDArray[] inputs) {
                return graph.outputSingle(inputs);
            }

            @Override
            public Object snapshot() {
                return graph.params().dup();
            }

            @Override
            public void restore(Object snapshot) {
                graph.setParams((INDArray) snapshot);
            }
        };
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
        int trained = maxHorizon();
        DirectInputs.Prepared in =
                DirectInputs.prepare(history, origin, provenance.spec().lookback(), trained);
        INDArray output;
        // a ComputationGraph keeps per-call state, so concurrent requests take turns
        synchronized (network) {
            output = network.outputSingle(in.inputs());
        }
        return in.unscale(output, horizon);
    }

    @Override
    public void writeParameters(OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelSerializer.writeModel(network, bytes, false);
        out.write(bytes.toByteArray());
    }

    static DirectLstmModel read(Provenance provenance, InputStream in) throws IOException {
        return new DirectLstmModel(provenance, ModelSerializer.restoreComputationGraph(in, false));
    }
}
