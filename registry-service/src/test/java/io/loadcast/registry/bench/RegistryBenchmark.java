package io.loadcast.registry.bench;

import io.loadcast.registry.RegistryApplication;
import io.loadcast.starter.testing.EmbeddedPostgresDatabase;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mlflow.api.proto.Service.Metric;
import org.mlflow.api.proto.Service.Param;
import org.mlflow.api.proto.Service.RunTag;
import org.mlflow.api.proto.Service.ViewType;
import org.mlflow.tracking.MlflowClient;
import org.mlflow.tracking.creds.BasicMlflowHostCreds;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Throughput of runs/log-batch and latency of runs/search, driven by the official MLflow Java client against the
 * service on embedded PostgreSQL. Not a test: run with bench/registry-mlflow.sh. Arguments: threads (4), batches
 * per thread (50), runs for search (10000), search queries (300).
 */
public final class RegistryBenchmark {

    private static final String KEY = "bench-key";

    private RegistryBenchmark() {}

    public static void main(String[] args) throws Exception {
        int threads = arg(args, 0, 4);
        int batchesPerThread = arg(args, 1, 50);
        int runCount = arg(args, 2, 10_000);
        int queries = arg(args, 3, 300);
        // command-line arguments, so they override application.yml
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RegistryApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + EmbeddedPostgresDatabase.jdbcUrl("registry_bench"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--spring.kafka.bootstrap-servers=127.0.0.1:1",
                        "--loadcast.registry.outbox-interval=1h",
                        "--loadcast.security.local-key=" + KEY,
                        "--loadcast.registry.artifacts-root=" + Files.createTempDirectory("bench-artifacts"),
                        "--logging.level.root=WARN")) {
            String url = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            logBatchThroughput(url, threads, batchesPerThread);
            searchLatency(url, threads, runCount, queries);
        }
        System.exit(0);
    }

    private static void logBatchThroughput(String url, int threads, int batches) throws Exception {
        MlflowClient setup = client(url);
        String experiment = setup.createExperiment("bench-log-batch-" + System.nanoTime());
        List<String> runs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            runs.add(setup.createRun(experiment).getRunId());
        }
        logBatches(url, runs.get(0), 5, 0); // warm-up
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (String run : runs) {
            done.add(pool.submit(() -> logBatches(url, run, batches, 1)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long metrics = (long) threads * batches * 1000;
        System.out.printf(
                "log-batch: %d metrics in %d requests of 1000 from %d client threads in %.2f s = %.0f metrics/s%n",
                metrics, threads * batches, threads, seconds, metrics / seconds);
    }

    private static Void logBatches(String url, String runId, int batches, int firstStep) {
        MlflowClient client = client(url);
        for (int b = 0; b < batches; b++) {
            List<Metric> metrics = new ArrayList<>(1000);
            for (int i = 0; i < 1000; i++) {
                metrics.add(Metric.newBuilder()
                        .setKey("loss_" + (i % 10))
                        .setValue(Math.sin(b * 1000 + i))
                        .setTimestamp(1_700_000_000_000L + b)
                        .setStep(firstStep * 1_000_000L + b * 100L + i / 10)
                        .build());
            }
            client.logBatch(runId, metrics, List.of(), List.of());
        }
        return null;
    }

    private static void searchLatency(String url, int threads, int runCount, int queries) throws Exception {
        MlflowClient setup = client(url);
        String experiment = setup.createExperiment("bench-search-" + System.nanoTime());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            done.add(pool.submit(() -> {
                MlflowClient client = client(url);
                for (int i = offset; i < runCount; i += threads) {
                    String runId = client.createRun(experiment).getRunId();
                    client.logBatch(
                            runId,
                            List.of(
                                    metric("mape", (i * 7919 % 1000) / 100.0),
                                    metric("rmse", (i * 104729 % 5000) / 10.0)),
                            List.of(
                                    param("model", i % 3 == 0 ? "lstm" : i % 3 == 1 ? "mlp" : "tcn"),
                                    param("horizon", String.valueOf(24 + i % 4 * 24))),
                            List.of(RunTag.newBuilder()
                                    .setKey("series")
                                    .setValue("GB-ND")
                                    .build()));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        System.out.printf(
                "setup: %d runs with 2 metrics, 2 params, 1 tag in %.1f s%n",
                runCount, (System.nanoTime() - start) / 1e9);

        String[] filters = {
            "metrics.mape < 2.5 and params.model = 'lstm'",
            "params.horizon = '48' and tags.series LIKE 'GB-%'",
            "metrics.rmse >= 250 and attributes.status = 'RUNNING'",
            ""
        };
        MlflowClient client = client(url);
        for (int i = 0; i < 30; i++) {
            search(client, experiment, filters[i % filters.length]);
        }
        long[] nanos = new long[queries];
        for (int i = 0; i < queries; i++) {
            long t0 = System.nanoTime();
            search(client, experiment, filters[i % filters.length]);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "runs/search over %d runs (max_results=100, order_by metrics.mape, 4 filter shapes): %d queries,"
                        + " p50 %.1f ms, p99 %.1f ms%n",
                runCount, queries, nanos[queries / 2] / 1e6, nanos[(int) Math.ceil(queries * 0.99) - 1] / 1e6);
    }

    private static void search(MlflowClient client, String experiment, String filter) {
        client.searchRuns(List.of(experiment), filter, ViewType.ACTIVE_ONLY, 100, List.of("metrics.mape ASC"));
    }

    private static Metric metric(String key, double value) {
        return Metric.newBuilder()
                .setKey(key)
                .setValue(value)
                .setTimestamp(1L)
                .setStep(0)
                .build();
    }

    private static Param param(String key, String value) {
        return Param.newBuilder().setKey(key).setValue(value).build();
    }

    private static MlflowClient client(String url) {
        return new MlflowClient(new BasicMlflowHostCreds(url, KEY));
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
