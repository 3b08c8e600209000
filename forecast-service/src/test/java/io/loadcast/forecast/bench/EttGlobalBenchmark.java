package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.RecurrentSpec;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Global against per-series direct LSTM/GRU on ETTm1's six load columns (HUFL, HULL, MUFL, MULL, LUFL, LULL), ETTm1's
 * standard split (rows [0, 34560) train, [34560, 46080) validation, [46080, 57600) test), z-score fitted on train.
 * Global: one network trained on the six series together, each normalised per series and origin by the network's
 * own input scaling (no series-identity input). Per-series: six networks, one per column. Both with the same spec
 * (same epochs, look-back, hidden units, stride, seed), trained on the training rows (early stopping on their last
 * fifth); the validation rows are not used. Scored on every {@code -Dtest.every}-th test origin: MSE and MAE per
 * column on the scaled values; training wall and process CPU seconds with the load average; saved parameter bytes.
 * An ETT row is one model step ({@link EttData}). Args: family (gru|lstm), then what to train: {@code global},
 * {@code per-series} (all six) or column names (default both; one JVM per model keeps the resident size of DL4J's
 * training, which grows per batch, small). Properties: epochs (6), stride (16),
 * lookback (96), hidden (32), horizon (96), lr (0.003), test.every (16).
 */
public final class EttGlobalBenchmark {

    static final String[] COLUMNS = {"HUFL", "HULL", "MUFL", "MULL", "LUFL", "LULL"};
    static final int TRAIN = 34560;
    static final int VAL = 46080;
    static final int TEST = 57600;
    static final String[] ALL = {"global", "per-series"};

    public static void main(String[] args) throws Exception {
        ModelFamily family = ModelFamily.of(args.length > 0 ? args[0] : "gru");
        int horizon = Integer.getInteger("horizon", 96);
        RecurrentSpec spec = Etth1RecurrentBenchmark.spec(
                family,
                Integer.getInteger("lookback", 96),
                horizon,
                Integer.getInteger("epochs", 6),
                Double.parseDouble(System.getProperty("lr", "0.003")),
                Integer.getInteger("hidden", 32),
                Integer.getInteger("stride", 16));
        int every = Integer.getInteger("test.every", 16);
        double[][] scaled = EttData.scaled("ETTm1", TRAIN);
        List<HalfHourlySeries> series = new ArrayList<>();
        for (int c = 0; c < COLUMNS.length; c++) {
            series.add(EttData.series(COLUMNS[c], scaled[c], TRAIN));
        }
        System.out.printf(
                "ETTm1 six load columns, %s, H=%d: %s, test every %d origins%n", family, horizon, spec, every);
        TrainingContext context = new TrainingContext("ETTm1", "bench");
        List<String> which = args.length > 1 ? List.of(args).subList(1, args.length) : List.of(ALL);
        if (which.contains("global")) {
            ForecastModel global = train("global (6 series)", series, spec, context);
            report("global", global, List.of(COLUMNS), scaled, horizon, every);
        }
        for (int c = 0; c < COLUMNS.length; c++) {
            if (which.contains(COLUMNS[c]) || which.contains("per-series")) {
                ForecastModel own = train("per-series " + COLUMNS[c], List.of(series.get(c)), spec, context);
                report("per-series", own, List.of(COLUMNS[c]), scaled, horizon, every);
            }
        }
    }

    static ForecastModel train(String label, List<HalfHourlySeries> series, RecurrentSpec spec, TrainingContext context)
            throws Exception {
        double wall0 = System.nanoTime() / 1e9;
        double cpu0 = EttData.cpuSeconds();
        int[] epochs = {0};
        ForecastModel model =
                Trainers.forFamily(spec.family()).train(series, spec, context, EttData.progress(spec.family(), epochs));
        System.out.printf(
                "  trained %s: %d epochs, %.0f s wall, %.0f s CPU, load %s, %d parameter bytes%n",
                label,
                epochs[0],
                System.nanoTime() / 1e9 - wall0,
                EttData.cpuSeconds() - cpu0,
                TrainingEpochBenchmark.load(),
                EttData.size(model));
        return model;
    }

    /** Test MSE/MAE of {@code model} on each of {@code columns}, and their mean. */
    static void report(
            String label, ForecastModel model, List<String> columns, double[][] scaled, int horizon, int every) {
        StringBuilder line = new StringBuilder(label + " test MSE/MAE");
        double mse = 0;
        double mae = 0;
        for (String column : columns) {
            double[] e = EttData.errors(scaled[List.of(COLUMNS).indexOf(column)], model, VAL, TEST, horizon, every);
            mse += e[0] / e[2] / columns.size();
            mae += e[1] / e[2] / columns.size();
            line.append(String.format("  %s %.4f/%.4f", column, e[0] / e[2], e[1] / e[2]));
        }
        System.out.printf("%s  | mean MSE %.4f MAE %.4f | load %s%n", line, mse, mae, TrainingEpochBenchmark.load());
    }
}
