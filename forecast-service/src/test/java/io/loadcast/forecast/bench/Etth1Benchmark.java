package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.RidgeSpec;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * ETTh1, the standard long-horizon protocol (Informer/Autoformer/DLinear/PatchTST): rows [0, 8640) train,
 * [8640, 11520) validation, [11520, 14400) test (look-back windows reach back), z-score fitted on train, horizon
 * 96, all seven channels, MSE and MAE on the scaled test set. Model: forecast-service's own family, by default
 * {@code rlinear-ensemble} (the mean of RevIN + linear maps over look-backs 336/512/720), else the one named by the
 * first argument (e.g. {@code rlinear}), trained through {@link Trainers} on the training rows only, one model per
 * look-back and ridge penalty; the one with the lowest validation MSE is scored on the test rows.
 */
public final class Etth1Benchmark {

    static final int TRAIN = 8640;
    static final int VAL = 11520;
    static final int TEST = 14400;
    static final int H = 96;
    static final Instant START = Instant.parse("2016-07-01T00:00:00Z");

    public static void main(String[] args) throws Exception {
        double[][] data = read();
        int channels = data[0].length;
        double[][] scaled = new double[channels][];
        for (int c = 0; c < channels; c++) {
            double[] column = new double[data.length];
            for (int t = 0; t < data.length; t++) {
                column[t] = data[t][c];
            }
            double mean = 0;
            double sq = 0;
            for (int t = 0; t < TRAIN; t++) {
                mean += column[t];
            }
            mean /= TRAIN;
            for (int t = 0; t < TRAIN; t++) {
                sq += (column[t] - mean) * (column[t] - mean);
            }
            double sd = Math.sqrt(sq / TRAIN);
            for (int t = 0; t < column.length; t++) {
                column[t] = (column[t] - mean) / sd;
            }
            scaled[c] = column;
        }
        List<HalfHourlySeries> train = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            // ETT is hourly; the model reads no timestamps, so the half-hour grid of HalfHourlySeries is only a label
            train.add(new HalfHourlySeries("ETTh1-" + c, START, Arrays.copyOf(scaled[c], TRAIN)));
        }
        List<String> arguments = Arrays.stream(args).filter(a -> !a.isBlank()).toList();
        ModelFamily family = ModelFamily.RLINEAR_ENSEMBLE;
        if (!arguments.isEmpty() && !arguments.get(0).matches("\\d+")) {
            family = ModelFamily.of(arguments.get(0));
            arguments = arguments.subList(1, arguments.size());
        }
        int[] lookbacks = arguments.stream().mapToInt(Integer::parseInt).toArray();
        if (lookbacks.length == 0) {
            // the ensemble's look-back is its longest member's (members 336, 512, 720)
            lookbacks = family == ModelFamily.RLINEAR_ENSEMBLE ? new int[] {720} : new int[] {336, 512, 720};
        }
        TrainingContext context = new TrainingContext("ETTh1", "bench");
        long t0 = System.nanoTime();
        double best = Double.MAX_VALUE;
        ForecastModel chosen = null;
        int trainings = 0;
        for (int lookback : lookbacks) {
            RidgeSpec spec = ((RidgeSpec) TrainingSpec.defaults(family)).withLookback(lookback);
            for (double ridge : new double[] {1e-4, 1e-2, 1}) {
                ForecastModel model =
                        Trainers.forFamily(family).train(train, spec.withRidge(ridge), context, EpochListener.NONE);
                trainings++;
                double[] val = score(scaled, model, TRAIN, VAL);
                System.out.printf(
                        "  look-back %d, ridge %.0e: validation MSE %.4f MAE %.4f%n", lookback, ridge, val[0], val[1]);
                if (val[0] < best) {
                    best = val[0];
                    chosen = model;
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double[] test = score(scaled, chosen, VAL, TEST);
        System.out.printf(
                "ETTh1 horizon 96, family %s, look-back %d and ridge %.0e chosen on validation (MSE %.4f), "
                        + "%d trainings in %.1f s%n",
                family, chosen.lookback(), ((RidgeSpec) chosen.provenance().spec()).ridge(), best, trainings, seconds);
        System.out.printf(
                "  test MSE %.4f  MAE %.4f   (published: PatchTST/64 0.370, DLinear 0.375)%n", test[0], test[1]);
    }

    /** MSE and MAE over all windows whose targets start in [from, to - H], every channel. */
    static double[] score(double[][] scaled, ForecastModel model, int from, int to) {
        double se = 0;
        double ae = 0;
        long count = 0;
        for (double[] column : scaled) {
            for (int o = from; o + H <= to; o++) {
                double[] history = Arrays.copyOfRange(column, o - model.lookback(), o);
                double[] forecast = model.predict(history, START.plusSeconds(1800L * o), H);
                for (int h = 0; h < H; h++) {
                    double e = forecast[h] - column[o + h];
                    se += e * e;
                    ae += Math.abs(e);
                    count++;
                }
            }
        }
        return new double[] {se / count, ae / count};
    }

    static double[][] read() throws Exception {
        Path file = Path.of("../../shared/data/ett/ETTh1.csv.gz");
        if (!Files.exists(file)) {
            file = Path.of("../shared/data/ett/ETTh1.csv.gz");
        }
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                double[] row = new double[f.length - 1];
                for (int i = 1; i < f.length; i++) {
                    row[i - 1] = Double.parseDouble(f[i]);
                }
                rows.add(row);
            }
        }
        return rows.toArray(double[][]::new);
    }
}
