package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.RecurrentSpec;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.bytedeco.javacpp.Pointer;

/**
 * Seconds per epoch of the direct LSTM and GRU with their default hyperparameters on GB national demand from a first
 * year (2019) to 2024 (10 epochs unless early stopping ends sooner): per epoch the wall and process CPU seconds, the
 * load average and the memory ({@link MemoryProbe}: resident size from /proc/self/status, JavaCPP's counters, heap);
 * per family the totals and the peak resident size. Args: families (lstm,gru), epochs (10), first year (2019).
 * {@code -Dbench.gc=true} runs {@code System.gc()} after each epoch (a diagnostic: it does not stop the growth).
 * {@code -Dstride=N} overrides the default stride between training origins (8); {@code -Dweather=true} trains as the
 * service does when weather is stored ({@code Trainers.forFamily(family, weather)} on the shared London weather,
 * {@link GbRecurrentWeatherBenchmark}'s actuals).
 */
public final class TrainingEpochBenchmark {

    public static void main(String[] args) throws Exception {
        String families = args.length > 0 ? args[0] : "lstm,gru";
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int first = args.length > 2 ? Integer.parseInt(args[2]) : 2019;
        HalfHourlySeries years =
                GbDemandData.years(IntStream.rangeClosed(first, 2024).toArray()).filled();
        System.out.printf(
                "JavaCPP maxBytes %d MB, maxPhysicalBytes %d MB, heap max %d MB; at start: %s%n",
                Pointer.maxBytes() >> 20,
                Pointer.maxPhysicalBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20,
                MemoryProbe.now());
        WeatherDays weather = Boolean.getBoolean("weather")
                ? new WeatherDays(GbWeatherBenchmark.days(GbWeather.daily()))
                : WeatherDays.NONE;
        for (String slug : families.split(",")) {
            ModelFamily family = ModelFamily.of(slug);
            RecurrentSpec d = (RecurrentSpec) TrainingSpec.defaults(family);
            RecurrentSpec spec = GbRecurrentBenchmark.withStride(
                    GbRecurrentBenchmark.spec(family, d.hidden(), d.lookback(), d.learningRate(), epochs),
                    Integer.getInteger("stride", d.stride()));
            MemoryProbe before = MemoryProbe.now();
            long start = System.nanoTime();
            String load = load();
            TrainingContext context = new TrainingContext("", "bench");
            Trainers.forFamily(family, weather).train(List.of(years), spec, context, perEpoch(family));
            MemoryProbe after = MemoryProbe.now();
            System.out.printf(
                    "%s: %s, weather %s (%s), %d half-hours from %d: %.1f s wall, %.1f s CPU, peak RSS %d MB (load %s"
                            + " before, %s after)%n",
                    family,
                    spec,
                    !weather.isEmpty(),
                    context.notes(),
                    years.size(),
                    first,
                    (System.nanoTime() - start) / 1e9,
                    after.cpuSeconds() - before.cpuSeconds(),
                    after.peakRssMb(),
                    load,
                    load());
        }
    }

    /** Prints each epoch's wall and CPU seconds, loss, memory and load. */
    static EpochListener perEpoch(ModelFamily family) {
        long[] lastNanos = {System.nanoTime()};
        double[] lastCpu = {MemoryProbe.now().cpuSeconds()};
        return new EpochListener() {
            @Override
            public void onEpoch(int e, int n, double loss) {
                long now = System.nanoTime();
                MemoryProbe m = MemoryProbe.now();
                System.out.printf(
                        "%s epoch %d/%d: %.1f s wall, %.1f s CPU, loss %.5f, %s, load %s%n",
                        family, e, n, (now - lastNanos[0]) / 1e9, m.cpuSeconds() - lastCpu[0], loss, m, load());
                lastNanos[0] = now;
                lastCpu[0] = m.cpuSeconds();
                if (Boolean.getBoolean("bench.gc")) {
                    System.gc();
                }
            }

            @Override
            public void onBatch(int epoch, int batch, int batches) {}
        };
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
