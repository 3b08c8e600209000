package io.loadcast.forecast.core.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

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
        return SequenceSamples.predict(history, origin, lookback(), horizon, input -> {
            // a MultiLayerNetwork keeps per-call state, so concurrent requests take turns
            synchronized (network) {
                return network.output(input);
            }
        });
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
