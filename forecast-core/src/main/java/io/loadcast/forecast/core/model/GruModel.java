package io.loadcast.forecast.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Format 1 of {@code gru}: a GRU built as a DL4J {@link SameDiff} graph, the last state straight to the horizon, no
 * future covariates; still loads and serves (new runs train {@link DirectRecurrentModel}). Forecasts all horizon steps
 * at once.
 */
public final class GruModel implements ForecastModel {

    /** The saved graph's placeholders. */
    private static final String INPUT = "input";

    private static final String H0 = "h0";
    private static final String OUTPUT = "output";

    private final Provenance provenance;
    private final SameDiff graph;

    GruModel(Provenance provenance, SameDiff graph) {
        this.provenance = provenance;
        this.graph = graph;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public double[] predict(double[] history, Instant origin, int horizon) {
        return SequenceSamples.predict(history, origin, lookback(), horizon, input -> {
            INDArray h0 = Nd4j.zeros(DataType.FLOAT, 1, ((RecurrentSpec) provenance.spec()).hidden());
            synchronized (graph) {
                return graph.output(Map.of(INPUT, input, H0, h0), OUTPUT).get(OUTPUT);
            }
        });
    }

    @Override
    public void writeParameters(OutputStream out) throws IOException {
        graph.save(out, false);
    }

    static GruModel read(Provenance provenance, InputStream in) {
        return new GruModel(provenance, SameDiff.load(in, false));
    }
}
