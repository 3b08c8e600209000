package io.loadcast.forecast.bench;

import io.loadcast.forecast.ForecastApplication;
import io.loadcast.forecast.testing.Http;
import io.loadcast.forecast.testing.IngestStub;
import io.loadcast.forecast.testing.RegistryStub;
import io.loadcast.forecast.testing.SyntheticDemand;
import io.loadcast.starter.testing.EmbeddedPostgresDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Serving throughput and latency of one instance over its real HTTP endpoint: 48-step as-of forecasts of the
 * linear model (look-back 336) from N client threads, origins spread over the last day, so the history comes from
 * the recent-readings window (seeded once from the ingest stub over HTTP). A second, shorter phase asks for
 * origins older than the window, which read their history from the ingest stub on every request, for comparison.
 */
public final class ServingBenchmark {

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        try (IngestStub ingest = new IngestStub();
                RegistryStub registry = new RegistryStub()) {
            Instant today = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS);
            Instant start = today.minus(java.time.Duration.ofDays(70));
            ingest.put(SyntheticDemand.series("BENCH", start, 70, 1));
            SpringApplication app = new SpringApplication(ForecastApplication.class);
            ConfigurableApplicationContext context = app.run(
                    "--server.port=0",
                    "--spring.datasource.url=" + EmbeddedPostgresDatabase.jdbcUrl("forecast"),
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres",
                    "--loadcast.security.local-key=bench-key-0123456789",
                    "--loadcast.forecast.ingest-url=" + ingest.url(),
                    "--loadcast.forecast.ingest-api-key=bench-key-0123456789",
                    "--loadcast.forecast.registry-url=" + registry.url(),
                    "--spring.kafka.listener.auto-startup=false",
                    // the forecasts go without a key: the per-caller limiter (1,200 a minute) would answer with 429
                    "--loadcast.rate-limit.enabled=false",
                    "--logging.level.root=WARN");
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            Http http = new Http(port);
            HttpResponse<String> started = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/training-runs"))
                                    .header("Content-Type", "application/json")
                                    .header("X-Api-Key", "bench-key-0123456789")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            """
                                    {"seriesIds":["BENCH"],"from":"%s","to":"%s",
                                     "model":"linear","hyperparameters":{"backtestWeeks":"1"}}""".formatted(start, start.plus(java.time.Duration.ofDays(35)))))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            String id = Http.json(started).path("id").asString();
            String[] status = {""};
            Http.await(java.time.Duration.ofMinutes(5), () -> {
                try {
                    status[0] = Http.json(http.get("/api/v1/training-runs/" + id))
                            .path("status")
                            .asString();
                    return status[0].equals("SUCCEEDED") || status[0].equals("FAILED");
                } catch (Exception e) {
                    return false;
                }
            });
            if (!status[0].equals("SUCCEEDED")) {
                System.out.println("training run " + id + " ended " + status[0] + ": "
                        + http.get("/api/v1/training-runs/" + id).body());
                context.close();
                return;
            }
            Instant recent = today.minus(java.time.Duration.ofDays(1));
            Instant old = start.plus(java.time.Duration.ofDays(30));
            System.out.println("model trained; warming up for 10 s (JIT), then measuring");
            run(port, threads, 10, recent);
            System.out.println("measuring the recent window");
            report("recent window (origins in the last day)", threads, seconds, run(port, threads, seconds, recent));
            int oldSeconds = Math.max(5, seconds / 4);
            report("ingest fallback (origins 40 days back)", threads, oldSeconds, run(port, threads, oldSeconds, old));
            context.close();
        }
        System.out.printf(
                "load average: %s%n",
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                        .trim());
    }

    static void report(String what, int threads, int seconds, Phase phase) {
        long[] latencies = phase.latencies();
        Arrays.sort(latencies);
        System.out.printf(
                "serving, %s: %d threads, %d s: %.0f forecasts/s (48 steps each), p50 %.2f ms, p99 %.2f ms;"
                        + " %.2f ms of CPU per forecast (server and load generator together; %d cores); load average %s%n",
                what,
                threads,
                seconds,
                latencies.length / (double) seconds,
                latencies[latencies.length / 2] / 1e6,
                latencies[(int) (latencies.length * 0.99)] / 1e6,
                phase.cpuNanos() / 1e6 / latencies.length,
                Runtime.getRuntime().availableProcessors(),
                loadAverage());
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .substring(0, 14)
                    .trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** Latencies of one phase and the CPU time this JVM spent in it (less sensitive to other load than rates). */
    record Phase(long[] latencies, long cpuNanos) {}

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static Phase run(int port, int threads, int seconds, Instant firstOrigin) throws Exception {
        return run(port, threads, seconds, "BENCH", firstOrigin, 48);
    }

    /** Forecasts of {@code seriesId} at {@code origins} consecutive half-hours from {@code firstOrigin}, round robin. */
    static Phase run(int port, int threads, int seconds, String seriesId, Instant firstOrigin, int origins)
            throws Exception {
        long cpuStart = processCpuNanos();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> perThread = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        for (int t = 0; t < threads; t++) {
            long[] buffer = new long[2_000_000];
            perThread.add(buffer);
            int index = t;
            Thread worker = new Thread(() -> {
                int n = 0;
                try (KeepAliveClient client = new KeepAliveClient(port)) {
                    while (System.nanoTime() < end && n < buffer.length - 1) {
                        String origin = firstOrigin
                                .plusSeconds(1800L * ((n + index) % origins))
                                .toString();
                        String body =
                                "{\"seriesId\":\"" + seriesId + "\",\"origin\":\"" + origin + "\",\"horizon\":48}";
                        long start = System.nanoTime();
                        if (client.post("/api/v1/forecasts", body) != 200) {
                            errors.incrementAndGet();
                        }
                        buffer[++n] = System.nanoTime() - start;
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    System.out.println("client failed: " + e);
                }
                buffer[0] = n;
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        if (errors.get() > 0) {
            System.out.println("errors: " + errors.get());
        }
        long[] latencies = perThread.stream()
                .flatMapToLong(b -> Arrays.stream(b, 1, (int) b[0] + 1))
                .toArray();
        return new Phase(latencies, processCpuNanos() - cpuStart);
    }
}
