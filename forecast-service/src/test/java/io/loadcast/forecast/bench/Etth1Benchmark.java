package io.loadcast.forecast.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * ETTh1, the standard long-horizon protocol (Informer/Autoformer/DLinear/PatchTST): rows [0, 8640) train,
 * [8640, 11520) validation, [11520, 14400) test (look-back windows reach back), z-score fitted on train, horizon
 * 96, all seven channels, MSE and MAE on the scaled test set. Model: the closed-form ridge of forecast-service's
 * linear model, channel-independent and shared across channels (DLinear "individual=False"), on mean-subtracted
 * look-back windows; the penalty is chosen on validation. Calendar features are left out: they are GB
 * half-hour features and ETT is hourly.
 */
public final class Etth1Benchmark {

    static final int TRAIN = 8640;
    static final int VAL = 11520;
    static final int TEST = 14400;
    static final int H = 96;

    public static void main(String[] args) throws Exception {
        int lookback = args.length > 0 ? Integer.parseInt(args[0]) : 336;
        double[][] data = read();
        int channels = data[0].length;
        for (int c = 0; c < channels; c++) {
            double mean = 0;
            double sq = 0;
            for (int t = 0; t < TRAIN; t++) {
                mean += data[t][c];
            }
            mean /= TRAIN;
            for (int t = 0; t < TRAIN; t++) {
                sq += (data[t][c] - mean) * (data[t][c] - mean);
            }
            double sd = Math.sqrt(sq / TRAIN);
            for (double[] row : data) {
                row[c] = (row[c] - mean) / sd;
            }
        }
        long t0 = System.nanoTime();
        int p = lookback + 1;
        double[][] g = new double[p][p];
        double[][] b = new double[p][H];
        double[] x = new double[p];
        long n = 0;
        for (int c = 0; c < channels; c++) {
            for (int o = lookback; o + H <= TRAIN; o++) {
                double level = window(data, c, o, lookback, x);
                for (int i = 0; i < p; i++) {
                    for (int j = i; j < p; j++) {
                        g[i][j] += x[i] * x[j];
                    }
                    for (int h = 0; h < H; h++) {
                        b[i][h] += x[i] * (data[o + h][c] - level);
                    }
                }
                n++;
            }
        }
        double best = Double.MAX_VALUE;
        double[][] bestW = null;
        double bestLambda = 0;
        for (double lambda : new double[] {1e-4, 1e-3, 1e-2, 1e-1, 1}) {
            double[][] w = solve(g, b, lambda * n);
            double[] val = score(data, w, lookback, VAL - (VAL - TRAIN), VAL);
            if (val[0] < best) {
                best = val[0];
                bestW = w;
                bestLambda = lambda;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double[] test = score(data, bestW, lookback, VAL, TEST);
        System.out.printf(
                "ETTh1 horizon 96, look-back %d, %d training windows, ridge %.0e (validation MSE %.4f), "
                        + "fitted in %.1f s%n",
                lookback, n, bestLambda, best, seconds);
        System.out.printf(
                "  test MSE %.4f  MAE %.4f   (published: PatchTST/64 0.370, DLinear 0.375)%n", test[0], test[1]);
    }

    /** Writes the mean-subtracted window ending before {@code o} into {@code x} (bias last); returns its mean. */
    static double window(double[][] data, int c, int o, int lookback, double[] x) {
        double mean = 0;
        for (int i = 0; i < lookback; i++) {
            mean += data[o - lookback + i][c];
        }
        mean /= lookback;
        for (int i = 0; i < lookback; i++) {
            x[i] = data[o - lookback + i][c] - mean;
        }
        x[lookback] = 1;
        return mean;
    }

    static double[][] solve(double[][] g, double[][] b, double penalty) {
        int p = g.length;
        RealMatrix a = MatrixUtils.createRealMatrix(p, p);
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                a.setEntry(i, j, g[i][j]);
                a.setEntry(j, i, g[i][j]);
            }
            if (i < p - 1) {
                a.addToEntry(i, i, penalty);
            }
        }
        return new CholeskyDecomposition(a, 1e-12, 1e-14)
                .getSolver()
                .solve(MatrixUtils.createRealMatrix(b))
                .getData();
    }

    /** MSE and MAE over all windows whose targets start in [from, to - H]. */
    static double[] score(double[][] data, double[][] w, int lookback, int from, int to) {
        double[] x = new double[lookback + 1];
        double se = 0;
        double ae = 0;
        long count = 0;
        for (int c = 0; c < data[0].length; c++) {
            for (int o = from; o + H <= to; o++) {
                double level = window(data, c, o, lookback, x);
                for (int h = 0; h < H; h++) {
                    double f = level;
                    for (int i = 0; i < x.length; i++) {
                        f += w[i][h] * x[i];
                    }
                    double e = f - data[o + h][c];
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
