package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.model.DirectRecurrentModel;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.ModelFamily;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * ETT (ETTh1 hourly, ETTm1 15-minute) for the direct LSTM/GRU benches: channels z-scored on the training rows, and
 * MSE/MAE on the scaled rows. The direct networks are built for half-hourly series, so an ETT row is one model step
 * and the series carry a half-hour grid from {@link #START}: their calendar inputs run on that grid (a "day" of 48
 * steps is two days of ETTh1 and twelve hours of ETTm1), the scaling week (336 steps) is 14 days of ETTh1 and 3.5
 * days of ETTm1, and the lagged inputs read 48/96 and 336 steps back. Nothing but the values is real time.
 */
final class EttData {

    static final Instant START = Instant.parse("2016-07-01T00:00:00Z");

    private EttData() {}

    /** The channels (columns after the date) of {@code ETTh1} or {@code ETTm1}, each z-scored on rows [0, train). */
    static double[][] scaled(String name, int train) throws Exception {
        Path file = Path.of("../../shared/data/ett/" + name + ".csv.gz");
        if (!Files.exists(file)) {
            file = Path.of("../shared/data/ett/" + name + ".csv.gz");
        }
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rows.add(Arrays.stream(line.split(","))
                        .skip(1)
                        .mapToDouble(Double::parseDouble)
                        .toArray());
            }
        }
        int channels = rows.get(0).length;
        double[][] scaled = new double[channels][rows.size()];
        for (int c = 0; c < channels; c++) {
            double mean = 0;
            double sq = 0;
            for (int t = 0; t < train; t++) {
                mean += rows.get(t)[c];
            }
            mean /= train;
            for (int t = 0; t < train; t++) {
                sq += (rows.get(t)[c] - mean) * (rows.get(t)[c] - mean);
            }
            double sd = Math.sqrt(sq / train);
            for (int t = 0; t < rows.size(); t++) {
                scaled[c][t] = (rows.get(t)[c] - mean) / sd;
            }
        }
        return scaled;
    }

    /** Rows [0, to) of one scaled channel as a model series. */
    static HalfHourlySeries series(String name, double[] column, int to) {
        return new HalfHourlySeries(name, START, Arrays.copyOf(column, to));
    }

    /**
     * Squared and absolute error sums and the count over the windows whose targets start in [from, to - horizon],
     * every {@code every}-th origin from {@code from}; the direct LSTM/GRU forecast {@code -Dscore.batch} origins (256)
     * per forward pass ({@code 1}: one by one, as a service call does).
     */
    static double[] errors(double[] column, ForecastModel model, int from, int to, int horizon, int every) {
        int batch = Integer.getInteger("score.batch", 256);
        if (model instanceof DirectRecurrentModel direct && batch > 1) {
            double[] sum = new double[3];
            List<Integer> origins = new ArrayList<>();
            for (int o = from; o + horizon <= to; o += every) {
                origins.add(o);
                if (origins.size() == batch || o + every + horizon > to) {
                    add(sum, column, direct, origins, horizon);
                    origins.clear();
                }
            }
            return sum;
        }
        double se = 0;
        double ae = 0;
        long count = 0;
        for (int o = from; o + horizon <= to; o += every) {
            if ((o - from) / every % 256 == 255) {
                System.gc(); // tried against the resident growth while scoring: it did not stop it (README)
            }
            double[] history = Arrays.copyOfRange(column, o - model.lookback(), o);
            double[] forecast = model.predict(history, START.plusSeconds(1800L * o), horizon);
            for (int h = 0; h < horizon; h++) {
                double e = forecast[h] - column[o + h];
                se += e * e;
                ae += Math.abs(e);
                count++;
            }
        }
        return new double[] {se, ae, count};
    }

    /** Adds the errors of the forecasts from {@code origins}, one forward pass for all ({@code -Dscore.batch}). */
    private static void add(double[] sum, double[] column, DirectRecurrentModel model, List<Integer> origins, int h) {
        List<double[]> histories = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        for (int o : origins) {
            histories.add(Arrays.copyOfRange(column, o - model.lookback(), o));
            times.add(START.plusSeconds(1800L * o));
        }
        List<double[]> forecasts = model.predictAll(histories, times, h);
        for (int i = 0; i < origins.size(); i++) {
            for (int k = 0; k < h; k++) {
                double e = forecasts.get(i)[k] - column[origins.get(i) + k];
                sum[0] += e * e;
                sum[1] += Math.abs(e);
                sum[2]++;
            }
        }
    }

    /** Bytes of the model's saved parameters. */
    static int size(ForecastModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.writeParameters(out);
        return out.size();
    }

    /** Process CPU seconds (user + system) so far. */
    static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
    }

    /**
     * GbRecurrentBenchmark's per-epoch line and epoch count; with {@code -Dgc.epoch=true} (default) a full GC after
     * each epoch (tried against the per-batch growth of the resident size: it did not stop it, see the README).
     */
    static EpochListener progress(ModelFamily family, int[] epochs) {
        EpochListener print = GbRecurrentBenchmark.progress(family, epochs);
        boolean gc = Boolean.parseBoolean(System.getProperty("gc.epoch", "true"));
        return new EpochListener() {
            @Override
            public void onEpoch(int epoch, int n, double loss) {
                print.onEpoch(epoch, n, loss);
                if (gc) {
                    System.gc();
                }
            }

            @Override
            public void onBatch(int epoch, int batch, int batches) {
                print.onBatch(epoch, batch, batches);
            }
        };
    }
}
