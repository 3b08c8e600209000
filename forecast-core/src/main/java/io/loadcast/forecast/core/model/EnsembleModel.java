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
 * Family {@code ensemble}: the mean forecast of its members. Saved as the member count, then each member's own
 * saved form ({@link ModelCodec}, with its provenance), so each member loads as its family does.
 */
public final class EnsembleModel implements ForecastModel {

    private final Provenance provenance;
    private final List<ForecastModel> members;

    EnsembleModel(Provenance provenance, List<ForecastModel> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs members");
        }
        this.provenance = provenance;
        this.members = List.copyOf(members);
    }

    /** The members, in the order they were ranked on validation. */
    public List<ForecastModel> members() {
        return members;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public int lookback() {
        return members.stream().mapToInt(ForecastModel::lookback).max().orElseThrow();
    }

    @Override
    public double[] predict(double[] history, Instant origin, int horizon) {
        double[] mean = new double[horizon];
        for (ForecastModel member : members) {
            double[] f = member.predict(history, origin, horizon);
            for (int h = 0; h < horizon; h++) {
                mean[h] += f[h] / members.size();
            }
        }
        return mean;
    }

    @Override
    public void writeParameters(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(members.size());
        for (ForecastModel member : members) {
            byte[] bytes = ModelCodec.write(member);
            data.writeInt(bytes.length);
            data.write(bytes);
        }
        data.flush();
    }

    static EnsembleModel read(Provenance provenance, InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int count = data.readInt();
        if (count < 1 || count > 16) {
            throw new UnreadableModelException("an ensemble of " + count + " members", null);
        }
        List<ForecastModel> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int length = data.readInt();
            byte[] bytes = data.readNBytes(length);
            if (length < 0 || bytes.length != length) {
                throw new UnreadableModelException("ensemble member " + i + " is truncated", null);
            }
            members.add(ModelCodec.read(bytes));
        }
        if (data.read() != -1) {
            throw new UnreadableModelException("ensemble has bytes after its members", null);
        }
        return new EnsembleModel(provenance, members);
    }
}
