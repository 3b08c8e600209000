package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.model.GruSpec;
import io.loadcast.forecast.core.model.LstmSpec;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.RecurrentSpec;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bytedeco.javacpp.Pointer;

/**
 * Seconds per epoch of the direct LSTM and GRU with their default hyperparameters on GB national demand 2019-2024
 * (10 epochs unless early stopping ends sooner), with the load average and JavaCPP's off-heap figures (the most
 * physical memory of the process and the most bytes JavaCPP allocated, sampled after every batch). Optional
 * args: families (lstm,gru), epochs.
 */
public final class TrainingEpochBenchmark {

    public static void main(String[] args) throws Exception {
        HalfHourlySeries years =
                GbDemandData.years(2019, 2020, 2021, 2022, 2023, 2024).filled();
        String families = args.length > 0 ? args[0] : "lstm,gru";
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        System.out.printf(
                "JavaCPP maxBytes %d MB, maxPhysicalBytes %d MB, heap max %d MB%n",
                Pointer.maxBytes() >> 20,
                Pointer.maxPhysicalBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        for (String slug : families.split(",")) {
            ModelFamily family = ModelFamily.of(slug);
            RecurrentSpec d = (RecurrentSpec) TrainingSpec.defaults(family);
            TrainingSpec spec = family == ModelFamily.LSTM
                    ? new LstmSpec(
                            d.lookback(),
                            d.horizon(),
                            epochs,
                            d.learningRate(),
                            d.hidden(),
                            d.batchSize(),
                            d.stride(),
                            d.seed())
                    : new GruSpec(
                            d.lookback(),
                            d.horizon(),
                            epochs,
                            d.learningRate(),
                            d.hidden(),
                            d.batchSize(),
                            d.stride(),
                            d.seed());
            long start = System.nanoTime();
            long[] last = {start};
            long[] peak = {0, 0};
            Trainers.forFamily(family)
                    .train(
                            List.of(years),
                            spec,
                            new TrainingContext("", "bench"),
                            new io.loadcast.forecast.core.model.EpochListener() {
                                @Override
                                public void onEpoch(int e, int n, double loss) {
                                    long now = System.nanoTime();
                                    System.out.printf(
                                            "%s epoch %d/%d: %.1f s, loss %.5f, physical peak %d MB, JavaCPP peak %d MB, load %s%n",
                                            family,
                                            e,
                                            n,
                                            (now - last[0]) / 1e9,
                                            loss,
                                            peak[0] >> 20,
                                            peak[1] >> 20,
                                            load());
                                    last[0] = now;
                                }

                                @Override
                                public void onBatch(int epoch, int batch, int batches) {
                                    peak[0] = Math.max(peak[0], Pointer.physicalBytes());
                                    peak[1] = Math.max(peak[1], Pointer.totalBytes());
                                }
                            });
            System.out.printf(
                    "%s: %s, %d half-hours, training %.1f s in all (load %s)%n",
                    family, spec, years.size(), (System.nanoTime() - start) / 1e9, load());
        }
    }

    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
