package io.loadcast.forecast.bench;

import io.loadcast.forecast.ForecastApplication;
import io.loadcast.forecast.testing.Http;
import io.loadcast.forecast.testing.IngestStub;
import io.loadcast.forecast.testing.RegistryStub;
import io.loadcast.starter.testing.EmbeddedPostgresDatabase;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Serving GB-ND as a user calls it: the shared NESO years 2022-2024 in the ingest stub (as an import leaves them in
 * ingest-service), a model of the given family trained over HTTP, then 48-step forecasts over the real HTTP
 * endpoint at the README's origin (2024-12-30T22:30Z) and at origins spread over the last four days of the imported
 * history. The history comes from the history blocks (one ingest read per block), never from ingest per request.
 */
public final class GbServingBenchmark {

    public static void main(String[] args) throws Exception {
        // one or more client thread counts, e.g. "4,8": the model is trained once, each count measured in turn
        int[] threadCounts = java.util.Arrays.stream((args.length > 0 ? args[0] : "8").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String family = args.length > 2 ? args[2] : "day-ahead";
        try (IngestStub ingest = new IngestStub();
                RegistryStub registry = new RegistryStub()) {
            ingest.put(GbDemandData.years(2022, 2023, 2024));
            ConfigurableApplicationContext context = new SpringApplication(ForecastApplication.class)
                    .run(
                            "--server.port=0",
                            "--spring.datasource.url=" + EmbeddedPostgresDatabase.jdbcUrl("forecast"),
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=postgres",
                            "--loadcast.security.local-key="
                                    + io.loadcast.forecast.testing.ForecastIntegrationTest.API_KEY,
                            "--loadcast.forecast.ingest-url=" + ingest.url(),
                            "--loadcast.forecast.registry-url=" + registry.url(),
                            // a run freezes its range as a dataset snapshot in ingest (a write: needs the key)
                            "--loadcast.forecast.ingest-api-key="
                                    + io.loadcast.forecast.testing.ForecastIntegrationTest.API_KEY,
                            "--spring.kafka.listener.auto-startup=false",
                            // the per-caller limiter (1,200 a minute without a key) answered most requests with 429
                            "--loadcast.rate-limit.enabled=false",
                            "--logging.level.root=WARN");
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            Http http = new Http(port);
            long trainStart = System.nanoTime();
            var run = http.train("""
                    {"seriesIds":["GB-ND"],"from":"2022-01-01T00:00:00Z","to":"2025-01-01T00:00:00Z",
                     "model":"%s","hyperparameters":{"backtestWeeks":"1"}}""".formatted(family));
            while (run.path("status").asString().matches("QUEUED|RUNNING")) {
                Thread.sleep(2000);
                run = Http.json(
                        http.get("/api/v1/training-runs/" + run.path("id").asString()));
            }
            System.out.printf(
                    "%s trained over HTTP in %.1f s: %s%n",
                    family,
                    (System.nanoTime() - trainStart) / 1e9,
                    run.path("status").asString());
            if (!run.path("status").asString().equals("SUCCEEDED")) {
                System.out.println(run);
                context.close();
                return;
            }
            Instant readme = Instant.parse("2024-12-30T22:30:00Z");
            Instant lastDays = Instant.parse("2024-12-28T00:00:00Z");
            HttpResponse<String> one = http.post(
                    "/api/v1/forecasts",
                    "{\"seriesId\":\"GB-ND\",\"origin\":\"" + readme + "\",\"horizon\":48}",
                    false);
            System.out.println("first forecast: " + one.statusCode() + ", ingest reads so far " + reads(ingest));
            ServingBenchmark.run(port, threadCounts[0], 10, "GB-ND", lastDays, 192);
            System.out.println("warmed up (10 s); ingest reads so far " + reads(ingest));
            for (int threads : threadCounts) {
                ServingBenchmark.report(
                        "GB-ND " + family + ", origin " + readme,
                        threads,
                        seconds,
                        ServingBenchmark.run(port, threads, seconds, "GB-ND", readme, 1));
                ServingBenchmark.report(
                        "GB-ND " + family + ", 192 origins from " + lastDays,
                        threads,
                        seconds,
                        ServingBenchmark.run(port, threads, seconds, "GB-ND", lastDays, 192));
            }
            System.out.println("ingest reads in all (training included): " + reads(ingest));
            context.close();
        }
        System.out.printf(
                "load average: %s%n",
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                        .trim());
    }

    static long reads(IngestStub ingest) {
        return ingest.requests().stream().filter(r -> r.startsWith("GB-ND ")).count();
    }
}
