package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.features.WeatherDays;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Family {@code ensemble}: the mean forecast of its members. Saved as the member count, then each member's own
 * saved form ({@link ModelCodec}, with its provenance), so each member loads as its family does. Given the weather,
 * the members that use it forecast with it; the ensemble's {@link WeatherUse} is theirs combined.
 */
public final class EnsembleModel implements WeatherAwareModel {

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
            add(mean, member.predict(history, origin, horizon));
        }
        return mean;
    }

    /** The mean of the members' batched forecasts (a net member runs its origins in one pass). */
    @Override
    public List<double[]> predictAll(List<double[]> histories, List<Instant> origins, int horizon) {
        return MemberMeans.batched(members, histories, origins, horizon);
    }

    @Override
    public boolean usesWeather() {
        return members.stream().anyMatch(EnsembleModel::usesWeather);
    }

    /**
     * The mean forecast, the members that use weather forecasting with {@code weather}: {@link WeatherUse#APPLIED}
     * when each of them applied it, {@link WeatherUse#UNAVAILABLE} when none could, {@link WeatherUse#PARTIAL}
     * between, {@link WeatherUse#NOT_USED} without such members.
     */
    @Override
    public WeatherForecast predict(double[] history, Instant origin, int horizon, WeatherDays weather) {
        double[] mean = new double[horizon];
        EnumSet<WeatherUse> uses = EnumSet.noneOf(WeatherUse.class);
        for (ForecastModel member : members) {
            if (usesWeather(member)) {
                WeatherForecast f = ((WeatherAwareModel) member).predict(history, origin, horizon, weather);
                uses.add(f.use());
                add(mean, f.values());
            } else {
                add(mean, member.predict(history, origin, horizon));
            }
        }
        return new WeatherForecast(mean, combined(uses));
    }

    private static WeatherUse combined(Set<WeatherUse> uses) {
        if (uses.isEmpty()) {
            return WeatherUse.NOT_USED;
        }
        return uses.size() == 1 && !uses.contains(WeatherUse.NOT_USED)
                ? uses.iterator().next()
                : WeatherUse.PARTIAL;
    }

    private static boolean usesWeather(ForecastModel member) {
        return member instanceof WeatherAwareModel aware && aware.usesWeather();
    }

    private void add(double[] mean, double[] forecast) {
        for (int h = 0; h < mean.length; h++) {
            mean[h] += forecast[h] / members.size();
        }
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
