package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.GruSpec;
import io.loadcast.forecast.core.model.LstmSpec;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.RecurrentSpec;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.time.Instant;
import java.util.List;

/**
 * GB national demand day-ahead (09:00 D-1 for the 48 periods of D, {@link GbDayAheadBenchmark}'s protocol) for the
 * direct LSTM/GRU: each setting of a small grid (hidden x look-back x learning rate, {@code -Dgrid=h:l:lr,...}) is
 * trained on 2019-2022 (its own early stopping on the last 8 weeks of 2022) and scored on 2023; the setting with the
 * lowest 2023 MAPE is retrained on 2019-2023 and scored on 2024, read only for this report ({@code -Dfinal=false}
 * stops after the grid). The 80% interval widths come from the 2023 residuals of the chosen setting's 2019-2022 model.
 * A setting may go on with {@code :inputs:stride:from}: {@code calendar} for the day-type inputs of format 4 ({@code
 * lags} for format 2's), the origins' stride, and {@code 2015} to train on 2015 too. Args: family (lstm|gru).
 */
public final class GbRecurrentBenchmark {

    public static void main(String[] args) throws Exception {
        ModelFamily family = ModelFamily.of(args.length > 0 ? args[0] : "lstm");
        String grid = System.getProperty("grid", "32:96:0.003,64:96:0.003,32:48:0.003,32:96:0.001");
        HalfHourlySeries recent =
                GbDemandData.years(2019, 2020, 2021, 2022, 2023, 2024).filled();
        int start2023 = (int) recent.indexOf(Instant.parse("2022-12-31T00:00:00Z"));
        int start2024 = (int) recent.indexOf(Instant.parse("2024-01-01T00:00:00Z"));
        TrainingContext context = new TrainingContext("gb-demand", "bench");
        RecurrentSpec best = null;
        ForecastModel bestModel = null;
        double bestMape = Double.POSITIVE_INFINITY;
        for (String setting : grid.split(",")) {
            String[] p = setting.split(":");
            RecurrentSpec spec = spec(family, Integer.parseInt(p[0]), Integer.parseInt(p[1]), Double.parseDouble(p[2]));
            int stride = p.length > 4 ? Integer.parseInt(p[4]) : spec.stride();
            spec = withStride(spec, stride);
            boolean calendar = p.length > 3 && p[3].equals("calendar");
            List<HalfHourlySeries> data = p.length > 5 && p[5].equals("2015")
                    ? List.of(GbDemandData.years(2015).filled(), recent.slice(0, start2023))
                    : List.of(recent.slice(0, start2023));
            long t0 = System.nanoTime();
            long cpu0 = cpuNanos();
            int[] epochs = {0};
            ForecastModel model =
                    Trainers.recurrent(family, null, calendar).train(data, spec, context, progress(family, epochs));
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpuNanos() - cpu0) / 1e9;
            GbDayAheadBenchmark.Score validation = new GbDayAheadBenchmark.Score();
            GbDayAheadBenchmark.dayAhead(
                    model,
                    recent,
                    start2023,
                    start2024,
                    (o, s, actual, forecast, i) -> validation.add(actual, forecast, 0));
            System.out.printf(
                    "  %s %s: validation 2023 MAPE %.2f%% MAE %.0f MW (%d epochs, %.0f s, %.0f CPU s, load %s)%n",
                    family,
                    setting,
                    validation.mape(),
                    validation.mae(),
                    epochs[0],
                    seconds,
                    cpu,
                    TrainingEpochBenchmark.load());
            if (validation.mape() < bestMape) {
                bestMape = validation.mape();
                best = spec;
                bestModel = model;
            }
        }
        if (best == null || bestModel == null) {
            throw new IllegalStateException("empty grid");
        }
        if (!Boolean.parseBoolean(System.getProperty("final", "true"))) {
            return;
        }
        List<double[]> residuals = GbDayAheadBenchmark.dayAhead(bestModel, recent, start2023, start2024, null);
        double[] width80 = GbDayAheadBenchmark.widths(residuals, 0.8);
        long t0 = System.nanoTime();
        ForecastModel model = Trainers.forFamily(family)
                .train(List.of(recent.slice(0, start2024)), best, context, progress(family, new int[1]));
        double seconds = (System.nanoTime() - t0) / 1e9;
        GbDayAheadBenchmark.Score test = new GbDayAheadBenchmark.Score();
        GbDayAheadBenchmark.dayAhead(
                model,
                recent,
                start2024,
                recent.size(),
                (o, step, actual, forecast, i) -> test.add(actual, forecast, width80[step]));
        System.out.printf(
                "GB-ND day-ahead 2024 (%d periods), %s chosen on 2023: hidden %d look-back %d lr %s -> MAPE %.2f%%"
                        + "  MAE %.0f MW  80%% coverage %.1f%% (2019-2023 training %.0f s, load %s)%n",
                test.n,
                family,
                best.hidden(),
                best.lookback(),
                best.learningRate(),
                test.mape(),
                test.mae(),
                100 * test.coverage(),
                seconds,
                TrainingEpochBenchmark.load());
    }

    /** Prints each epoch's wall and process CPU seconds, loss, off-heap peaks and the load average. */
    static EpochListener progress(ModelFamily family, int[] epochs) {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long[] last = {System.nanoTime(), os.getProcessCpuTime()};
        long[] peak = {0, 0};
        return new EpochListener() {
            @Override
            public void onEpoch(int epoch, int n, double loss) {
                epochs[0] = epoch;
                long now = System.nanoTime();
                long cpu = os.getProcessCpuTime();
                System.out.printf(
                        "    %s epoch %d: %.1f s wall, %.1f s CPU, loss %.4f, physical peak %d MB, JavaCPP peak %d MB,"
                                + " load %s%n",
                        family,
                        epoch,
                        (now - last[0]) / 1e9,
                        (cpu - last[1]) / 1e9,
                        loss,
                        peak[0] >> 20,
                        peak[1] >> 20,
                        TrainingEpochBenchmark.load());
                last[0] = now;
                last[1] = cpu;
            }

            @Override
            public void onBatch(int epoch, int batch, int batches) {
                peak[0] = Math.max(peak[0], org.bytedeco.javacpp.Pointer.physicalBytes());
                peak[1] = Math.max(peak[1], org.bytedeco.javacpp.Pointer.totalBytes());
            }
        };
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static RecurrentSpec withStride(RecurrentSpec s, int stride) {
        return s instanceof LstmSpec
                ? new LstmSpec(
                        s.lookback(),
                        s.horizon(),
                        s.epochs(),
                        s.learningRate(),
                        s.hidden(),
                        s.batchSize(),
                        stride,
                        s.seed())
                : new GruSpec(
                        s.lookback(),
                        s.horizon(),
                        s.epochs(),
                        s.learningRate(),
                        s.hidden(),
                        s.batchSize(),
                        stride,
                        s.seed());
    }

    static RecurrentSpec spec(ModelFamily family, int hidden, int lookback, double learningRate) {
        return spec(family, hidden, lookback, learningRate, ((RecurrentSpec) TrainingSpec.defaults(family)).epochs());
    }

    static RecurrentSpec spec(ModelFamily family, int hidden, int lookback, double learningRate, int epochs) {
        RecurrentSpec d = (RecurrentSpec) TrainingSpec.defaults(family);
        return family == ModelFamily.LSTM
                ? new LstmSpec(lookback, d.horizon(), epochs, learningRate, hidden, d.batchSize(), d.stride(), d.seed())
                : new GruSpec(lookback, d.horizon(), epochs, learningRate, hidden, d.batchSize(), d.stride(), d.seed());
    }
}
