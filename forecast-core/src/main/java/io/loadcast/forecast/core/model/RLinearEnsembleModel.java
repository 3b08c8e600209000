package io.loadcast.forecast.core.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The mean of {@link RLinearModel}s over several look-backs, a fixed ensemble decided before any scoring: the
 * look-backs 336, 512 and 720 of the long-horizon literature (DLinear, PatchTST), scaled to the spec's look-back
 * (its longest member) by {@link #memberLookbacks}. Averaging maps whose RevIN statistics come from windows of
 * different lengths damps the variance of any one window's normalisation. Each member keeps its own penalty.
 */
public record RLinearEnsembleModel(Provenance provenance, List<RLinearModel> members) implements ForecastModel {

    public RLinearEnsembleModel {
        members = List.copyOf(members);
    }

    /** Look-backs of the members, shortest first: {@code lookback} x 336/720, x 512/720 and itself. */
    public static int[] memberLookbacks(int lookback) {
        return new int[] {
            Math.max(1, Math.round(lookback * 7f / 15)), Math.max(1, Math.round(lookback * 32f / 45)), lookback
        };
    }

    /** A member as an {@code rlinear} model with its own look-back and penalty, provenance otherwise shared. */
    static RLinearModel member(Provenance ensemble, int lookback, double ridge, double[][] weights) {
        RLinearSpec memberSpec = ((RLinearEnsembleSpec) ensemble.spec()).member(lookback, ridge);
        Provenance p = new Provenance(
                ensemble.formatVersion(),
                memberSpec,
                ensemble.seriesIds(),
                ensemble.dataFingerprint(),
                ensemble.datasetId(),
                ensemble.codeVersion(),
                ensemble.trainedAt());
        return new RLinearModel(p, weights);
    }

    @Override
    public double[] predict(double[] history, Instant origin, int horizon) {
        if (history.length < lookback()) {
            throw new IllegalArgumentException("need " + lookback() + " values before the origin");
        }
        double[] mean = new double[horizon];
        for (RLinearModel m : members) {
            // each member reads only its own look-back: the last values of the history
            double[] out = m.predict(history, origin, horizon);
            for (int h = 0; h < horizon; h++) {
                mean[h] += out[h] / members.size();
            }
        }
        return mean;
    }

    /** Member count, then per member its penalty and its weight matrix (look-back = rows - 1). */
    @Override
    public void writeParameters(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(members.size());
        for (RLinearModel m : members) {
            data.writeDouble(((RidgeSpec) m.provenance().spec()).ridge());
            WeightMatrix.write(m.weights(), data);
        }
        data.flush();
    }

    static RLinearEnsembleModel read(Provenance provenance, InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int count = data.readInt();
        int[] expected = memberLookbacks(provenance.spec().lookback());
        if (count != expected.length) {
            throw new UnreadableModelException(
                    "rlinear-ensemble has " + count + " members, expected " + expected.length, null);
        }
        List<RLinearModel> members = new ArrayList<>();
        for (int lookback : expected) {
            double ridge = data.readDouble();
            double[][] weights = WeightMatrix.read(data);
            if (weights.length != lookback + 1
                    || weights[0].length != provenance.spec().horizon()) {
                throw new UnreadableModelException(
                        "rlinear-ensemble member weights are " + weights.length + " x " + weights[0].length
                                + ", expected look-back " + lookback + ", horizon "
                                + provenance.spec().horizon(),
                        null);
            }
            members.add(member(provenance, lookback, ridge, weights));
        }
        return new RLinearEnsembleModel(provenance, members);
    }
}
