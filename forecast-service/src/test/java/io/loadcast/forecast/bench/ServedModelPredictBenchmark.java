package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.artifact.ModelArtifact;
import io.loadcast.forecast.core.model.EnsembleModel;
import io.loadcast.forecast.core.model.ForecastModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

/**
 * CPU time of one 48-step prediction of a saved model (the model alone, no HTTP, one thread), e.g. the one
 * {@code ./loadcast up} serves ({@code .loadcast/artifacts/.../model.zip}), on a synthetic year of half-hours. Also
 * prints a hash of the raw bits of its forecasts from 20 origins: a change of the predict code that keeps the hash
 * keeps every forecast bit-identical. Args: the model.zip, rounds (6).
 */
public final class ServedModelPredictBenchmark {

    private ServedModelPredictBenchmark() {}

    public static void main(String[] args) throws Exception {
        ForecastModel model =
                ModelArtifact.fromBytes(Files.readAllBytes(Path.of(args[0]))).model();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        describe(model);
        double[] history = new double[17_520];
        for (int i = 0; i < history.length; i++) {
            history[i] = 25_000
                    + 5_000 * Math.sin(2 * Math.PI * i / 48)
                    + 2_000 * Math.sin(2 * Math.PI * i / 336)
                    + (i * 7919L % 1000);
        }
        Instant origin = Instant.parse("2024-12-30T22:30:00Z");
        long bits = 0;
        for (int cut = 0; cut < 100; cut += 5) {
            double[] before = Arrays.copyOf(history, history.length - cut);
            for (double v : model.predict(before, origin.minusSeconds(1800L * cut), 48)) {
                bits = bits * 31 + Double.doubleToRawLongBits(v);
            }
        }
        System.out.println("forecast bits hash " + Long.toHexString(bits));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double sink = 0;
        for (int round = 0; round < rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            int n = 2_000;
            for (int i = 0; i < n; i++) {
                sink += model.predict(history, origin, 48)[i % 48];
            }
            System.out.printf(
                    "round %d: %.1f us CPU per 48-step forecast; load average %s%n",
                    round,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / n,
                    String.join(
                            " ",
                            Arrays.copyOf(
                                    Files.readString(Path.of("/proc/loadavg")).split(" "), 3)));
        }
        System.out.println(sink > 0 ? "" : "-");
    }

    private static void describe(ForecastModel model) {
        System.out.println(model.provenance().spec().family() + ", look-back " + model.lookback());
        if (model instanceof EnsembleModel ensemble) {
            for (ForecastModel member : ensemble.members()) {
                System.out.println(
                        "  member " + member.provenance().spec().family() + ", look-back " + member.lookback());
            }
        }
    }
}
