package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.Window;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;

/** An LSTM (DL4J {@link MultiLayerNetwork}) mapping the look-back sequence to all horizon steps at once. */
public final class LstmModel implements ForecastModel {

    private final Provenance provenance;
    private final MultiLayerNetwork network;

    LstmModel(Provenance provenance, MultiLayerNetwork network) {
        this.provenance = provenance;
        this.network = network;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public double[] predict(double[] history, Instant origin, int horizon) {
        Window window = Window.before(history, history.length, lookback());
        INDArray input =
                SequenceSamples.input(window, origin.minus(HalfHourlySeries.STEP.multipliedBy(lookback())), lookback());
        INDArray output;
        // a MultiLayerNetwork keeps per-call state, so concurrent requests take turns
        synchronized (network) {
            output = network.output(input);
        }
        double[] out = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            out[h] = window.denormalise(output.getDouble(0, h));
        }
        return out;
    }

    @Override
    public void writeParameters(OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelSerializer.writeModel(network, bytes, false);
        out.write(bytes.toByteArray());
    }

    static LstmModel read(Provenance provenance, InputStream in) throws IOException {
        return new LstmModel(provenance, ModelSerializer.restoreMultiLayerNetwork(in, false));
    }
}
