package io.loadcast.forecast.bench;

import io.loadcast.forecast.ForecastApplication;
import io.loadcast.forecast.testing.Http;
import io.loadcast.forecast.testing.IngestStub;
import io.loadcast.forecast.testing.RegistryStub;
import io.loadcast.forecast.testing.SyntheticDemand;
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
 * Serving throughput and latency of one instance over HTTP: 48-step as-of forecasts of the linear model, each
 * reading its history from an ingest stub over HTTP (as in production, no cache), from N client threads.
 */
public final class ServingBenchmark {

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        try (IngestStub ingest = new IngestStub();
                RegistryStub registry = new RegistryStub()) {
            ingest.put(SyntheticDemand.series("BENCH", Instant.parse("2024-01-01T00:00:00Z"), 35, 1));
            SpringApplication app = new SpringApplication(ForecastApplication.class);
            ConfigurableApplicationContext context = app.run(
                    "--server.port=0",
                    "--loadcast.security.local-key=bench-key-0123456789",
                    "--loadcast.forecast.ingest-url=" + ingest.url(),
                    "--loadcast.forecast.registry-url=" + registry.url(),
                    "--spring.kafka.listener.auto-startup=false",
                    "--logging.level.root=WARN");
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            Http http = new Http(port);
            HttpResponse<String> started = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/training-runs"))
                                    .header("Content-Type", "application/json")
                                    .header("X-Api-Key", "bench-key-0123456789")
                                    .POST(HttpRequest.BodyPublishers.ofString("""
                                    {"seriesIds":["BENCH"],"from":"2024-01-01T00:00:00Z","to":"2024-02-05T00:00:00Z",
                                     "model":"linear","hyperparameters":{"backtestWeeks":"1"}}"""))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            String id = Http.json(started).path("id").asString();
            Http.await(java.time.Duration.ofMinutes(5), () -> {
                try {
                    return Http.json(http.get("/api/v1/training-runs/" + id))
                            .path("status")
                            .asString()
                            .equals("SUCCEEDED");
                } catch (Exception e) {
                    return false;
                }
            });
            run(port, threads, 5);
            long[] latencies = run(port, threads, seconds);
            Arrays.sort(latencies);
            System.out.printf(
                    "serving: %d threads, %d s: %.0f forecasts/s (48 steps each), p50 %.2f ms, p99 %.2f ms%n",
                    threads,
                    seconds,
                    latencies.length / (double) seconds,
                    latencies[latencies.length / 2] / 1e6,
                    latencies[(int) (latencies.length * 0.99)] / 1e6);
            context.close();
        }
    }

    static long[] run(int port, int threads, int seconds) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .executor(java.util.concurrent.Executors.newFixedThreadPool(threads))
                .build();
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
                while (System.nanoTime() < end && n < buffer.length - 1) {
                    String origin = Instant.parse("2024-02-01T00:00:00Z")
                            .plusSeconds(1800L * ((n + index) % 96))
                            .toString();
                    HttpRequest request = HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + port + "/api/v1/forecasts"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"seriesId\":\"BENCH\",\"origin\":\"" + origin + "\",\"horizon\":48}"))
                            .build();
                    long start = System.nanoTime();
                    try {
                        if (client.send(request, HttpResponse.BodyHandlers.ofString())
                                        .statusCode()
                                != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    buffer[++n] = System.nanoTime() - start;
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
        return perThread.stream()
                .flatMapToLong(b -> Arrays.stream(b, 1, (int) b[0] + 1))
                .toArray();
    }
}
