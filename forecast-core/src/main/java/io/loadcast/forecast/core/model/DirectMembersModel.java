package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.features.WeatherDays;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Format {@link Provenance#DIRECT_MEMBERS_FORMAT} of {@code lstm} and {@code gru}: the spec's {@link
 * RecurrentSpec#members()} direct networks ({@link DirectRecurrentModel}, seeds {@code seed}, {@code seed + 1}, ...,
 * trained on the same data) whose mean is the forecast. One seed's early stopping keeps an epoch of a noisy
 * validation curve; the mean of several is less noisy (chosen on 2023 validation, see the README). The members share
 * one input layout (format 2 to 5), so the weather known at the origin is used by all of them or by none.
 *
 * <p>Saved form ({@code parameters.bin}): the members' format, their count, then per member the byte length and bytes
 * of its own {@code parameters.bin}. Member {@code i}'s provenance is this one's with {@link RecurrentSpec#member} and
 * the members' format.
 */
public final class DirectMembersModel implements WeatherAwareModel {

    private final Provenance provenance;
    private final List<DirectRecurrentModel> members;

    DirectMembersModel(Provenance provenance, List<DirectRecurrentModel> members) {
        if (members.size() != ((RecurrentSpec) provenance.spec()).members()) {
            throw new IllegalArgumentException("the spec says " + ((RecurrentSpec) provenance.spec()).members()
                    + " members, got " + members.size());
        }
        this.provenance = provenance;
        this.members = List.copyOf(members);
    }

    /** The members, in seed order. */
    public List<? extends WeatherAwareModel> members() {
        return members;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public int lookback() {
        return members.get(0).lookback();
    }

    @Override
    public boolean usesWeather() {
        return members.get(0).usesWeather();
    }

    @Override
    public double[] predict(double[] history, Instant origin, int horizon) {
        return predict(history, origin, horizon, WeatherDays.NONE).values();
    }

    /** The members' mean; the weather use is the members' (the same for all: one layout, one history). */
    @Override
    public WeatherForecast predict(double[] history, Instant origin, int horizon, WeatherDays weather) {
        double[] mean = new double[horizon];
        WeatherUse use = WeatherUse.NOT_USED;
        for (DirectRecurrentModel m : members) {
            WeatherForecast f = m.predict(history, origin, horizon, weather);
            use = f.use();
            for (int i = 0; i < horizon; i++) {
                mean[i] += f.values()[i] / members.size();
            }
        }
        return new WeatherForecast(mean, use);
    }

    /** The members' mean of their batched forecasts, summed in the order {@link #predict} sums. */
    @Override
    public List<double[]> predictAll(List<double[]> histories, List<Instant> origins, int horizon) {
        return MemberMeans.batched(members, histories, origins, horizon);
    }

    @Override
    public void writeParameters(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(members.get(0).provenance().formatVersion());
        data.writeInt(members.size());
        for (DirectRecurrentModel m : members) {
            byte[] bytes = bytes(m);
            data.writeInt(bytes.length);
            data.write(bytes);
        }
        data.flush();
    }

    static byte[] bytes(DirectRecurrentModel model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.writeParameters(bytes);
        return bytes.toByteArray();
    }

    static DirectMembersModel read(Provenance provenance, InputStream in) throws IOException {
        RecurrentSpec spec = (RecurrentSpec) provenance.spec();
        DataInputStream data = new DataInputStream(in);
        int format = data.readInt();
        int count = data.readInt();
        if (format < Provenance.DIRECT_RECURRENT_FORMAT
                || format >= Provenance.DIRECT_MEMBERS_FORMAT
                || count != spec.members()) {
            throw new UnreadableModelException(
                    "members of format " + format + " x " + count + " do not fit a spec of " + spec.members(), null);
        }
        List<DirectRecurrentModel> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] bytes = new byte[data.readInt()];
            data.readFully(bytes);
            members.add(DirectRecurrentModel.read(member(provenance, i, format), new ByteArrayInputStream(bytes)));
        }
        return new DirectMembersModel(provenance, members);
    }

    /** Member {@code i}'s provenance: the model's, with the member's spec and format. */
    static Provenance member(Provenance p, int i, int format) {
        return new Provenance(
                format,
                ((RecurrentSpec) p.spec()).member(i),
                p.seriesIds(),
                p.dataFingerprint(),
                p.datasetId(),
                p.codeVersion(),
                p.trainedAt());
    }
}
