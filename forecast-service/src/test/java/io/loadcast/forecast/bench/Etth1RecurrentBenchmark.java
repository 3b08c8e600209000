package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.GruSpec;
import io.loadcast.forecast.core.model.LstmSpec;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.RecurrentSpec;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import java.util.ArrayList;
import java.util.List;

/**
 * ETTh1 for the direct LSTM/GRU (format 2), on {@link Etth1Benchmark}'s standard protocol: rows [0, 8640) train,
 * [8640, 11520) validation, [11520, 14400) test, z-score fitted on train, all seven channels, MSE and MAE on the
 * scaled test set. One model for the seven channels (the network scales each series per origin), trained on the
 * training rows only (its early stopping reads the last fifth of them); each setting of a small grid ({@code
 * -Dgrid=lookback:hidden,...}) is scored on the validation rows (every {@code -Dval.every}-th origin), the best is
 * scored on every ({@code -Dtest.every}-th) test origin. An ETT row is one model step: see {@link EttData} for what that means for the
 * calendar inputs. Args: family (lstm|gru), horizon (96 or 24). Properties: epochs (10), stride (8), lr (0.003).
 */
public final class Etth1RecurrentBenchmark {

    static final int TRAIN = 8640;
    static final int VAL = 11520;
    static final int TEST = 14400;

    public static void main(String[] args) throws Exception {
        ModelFamily family = ModelFamily.of(args.length > 0 ? args[0] : "gru");
        int horizon = args.length > 1 ? Integer.parseInt(args[1]) : 96;
        int epochs = Integer.getInteger("epochs", 10);
        int stride = Integer.getInteger("stride", 8);
        int valEvery = Integer.getInteger("val.every", 4);
        double lr = Double.parseDouble(System.getProperty("lr", "0.003"));
        String grid = System.getProperty("grid", "96:32,336:32,96:64");
        double[][] scaled = EttData.scaled("ETTh1", TRAIN);
        List<HalfHourlySeries> train = new ArrayList<>();
        for (int c = 0; c < scaled.length; c++) {
            train.add(EttData.series("ETTh1-" + c, scaled[c], TRAIN));
        }
        TrainingContext context = new TrainingContext("ETTh1", "bench");
        ForecastModel chosen = null;
        double best = Double.POSITIVE_INFINITY;
        for (String setting : grid.split(",")) {
            String[] p = setting.split(":");
            RecurrentSpec spec =
                    spec(family, Integer.parseInt(p[0]), horizon, epochs, lr, Integer.parseInt(p[1]), stride);
            double wall0 = System.nanoTime() / 1e9;
            double cpu0 = EttData.cpuSeconds();
            int[] ran = {0};
            ForecastModel model = Trainers.forFamily(family).train(train, spec, context, EttData.progress(family, ran));
            double wall = System.nanoTime() / 1e9 - wall0;
            double cpu = EttData.cpuSeconds() - cpu0;
            System.out.printf("    trained: %s%n", MemoryProbe.now());
            double[] val = mse(scaled, model, TRAIN, VAL, horizon, valEvery);
            System.out.printf(
                    "  %s H=%d look-back %d hidden %d: validation MSE %.4f MAE %.4f (%d epochs, %.0f s wall, %.0f s"
                            + " CPU, load %s)%n",
                    family,
                    horizon,
                    spec.lookback(),
                    spec.hidden(),
                    val[0],
                    val[1],
                    ran[0],
                    wall,
                    cpu,
                    TrainingEpochBenchmark.load());
            if (val[0] < best) {
                best = val[0];
                chosen = model;
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("empty grid");
        }
        RecurrentSpec spec = (RecurrentSpec) chosen.provenance().spec();
        int testEvery = Integer.getInteger("test.every", 1);
        double[] test = mse(scaled, chosen, VAL, TEST, horizon, testEvery);
        System.out.printf(
                "ETTh1 H=%d, %s look-back %d hidden %d chosen on validation (MSE %.4f; epochs %d, stride %d, lr %s):"
                        + " test MSE %.4f MAE %.4f (every %d-th origin; %d parameter bytes, load %s)%n",
                horizon,
                family,
                spec.lookback(),
                spec.hidden(),
                best,
                epochs,
                stride,
                lr,
                test[0],
                test[1],
                testEvery,
                EttData.size(chosen),
                TrainingEpochBenchmark.load());
    }

    /** MSE and MAE over all channels' windows in [from, to), every {@code every}-th origin. */
    static double[] mse(double[][] scaled, ForecastModel model, int from, int to, int horizon, int every) {
        double[] sum = new double[3];
        for (double[] column : scaled) {
            double[] e = EttData.errors(column, model, from, to, horizon, every);
            for (int i = 0; i < 3; i++) {
                sum[i] += e[i];
            }
            System.out.printf("    scored %.0f windows so far: %s%n", sum[2] / horizon, MemoryProbe.now());
        }
        return new double[] {sum[0] / sum[2], sum[1] / sum[2]};
    }

    static RecurrentSpec spec(
            ModelFamily family, int lookback, int horizon, int epochs, double lr, int hidden, int stride) {
        int batch = 128;
        long seed = 42;
        return family == ModelFamily.LSTM
                ? new LstmSpec(lookback, horizon, epochs, lr, hidden, batch, stride, seed)
                : new GruSpec(lookback, horizon, epochs, lr, hidden, batch, stride, seed);
    }
}
