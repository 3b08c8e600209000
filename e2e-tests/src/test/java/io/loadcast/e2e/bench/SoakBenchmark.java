package io.loadcast.e2e.bench;

import io.loadcast.contracts.Topics;
import io.loadcast.e2e.http.Api;
import io.loadcast.e2e.stack.ExternalSuite;
import io.loadcast.e2e.stack.Suite;
import io.loadcast.e2e.stack.SuiteEndpoints;
import io.loadcast.e2e.stack.SuiteLayout;
import io.loadcast.e2e.stack.SuiteService;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The soak: the suite under the compass rates (ingest 50,000 readings/s on Kafka, 1,000 forecasts/s, 20 retrieval
 * queries/s) for N minutes, printing each minute the achieved rates, errors, 429s, p99 latencies, readings stored by
 * ingest and each service's heap, then the run's totals and each heap's first and last minute. A benchmark, not a
 * test: it asserts nothing. Against a running suite ({@code -Dloadcast.e2e.api-key=...}, URLs and Kafka as {@link
 * ExternalSuite} reads them), or, with {@code -Dloadcast.soak.in-process=true}, a suite of child processes on free
 * ports ({@link Suite}, needs {@code ./mvnw package -DskipTests} first). Rates: {@code -Dloadcast.soak.ingest-rate},
 * {@code forecast-rate}, {@code query-rate}; {@code -Dloadcast.soak.series} (default GB-ND) is forecast.
 */
public final class SoakBenchmark {

    private SoakBenchmark() {}

    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        try (SuiteEndpoints suite = suite()) {
            run(suite, minutes);
        }
        System.exit(0);
    }

    private static SuiteEndpoints suite() throws Exception {
        if (!Boolean.getBoolean("loadcast.soak.in-process")) {
            return ExternalSuite.fromSystemProperties();
        }
        Path repo = Path.of(System.getProperty("loadcast.e2e.repo", ".."));
        SuiteLayout layout = SuiteLayout.create(repo, repo.resolve("e2e-tests/target/soak-logs"));
        return Suite.start(layout, "soak-" + UUID.randomUUID(), (service, s) -> switch (service) {
            case FORECAST ->
                Map.of(
                        "loadcast.forecast.ingest-url", s.baseUrl(SuiteService.INGEST),
                        "loadcast.forecast.registry-url", s.baseUrl(SuiteService.REGISTRY));
            case RAG ->
                Map.of(
                        "loadcast.rag.guardrail-url", s.baseUrl(SuiteService.GUARDRAIL),
                        "loadcast.rag.forecast-url", s.baseUrl(SuiteService.FORECAST),
                        "loadcast.rag.llm.provider", "none");
            case INGEST, GUARDRAIL, REGISTRY -> Map.of();
        });
    }

    private static void run(SuiteEndpoints suite, double minutes) throws Exception {
        double ingestRate = Double.parseDouble(System.getProperty("loadcast.soak.ingest-rate", "50000"));
        double forecastRate = Double.parseDouble(System.getProperty("loadcast.soak.forecast-rate", "1000"));
        double queryRate = Double.parseDouble(System.getProperty("loadcast.soak.query-rate", "20"));
        Api ingestApi = new Api(suite.baseUrl(SuiteService.INGEST), suite.apiKey());
        Api forecastApi = new Api(suite.baseUrl(SuiteService.FORECAST), suite.apiKey());
        String series = SoakSeries.ready(ingestApi, forecastApi, System.getProperty("loadcast.soak.series", "GB-ND"));
        System.out.printf(
                "soak %.1f min: ingest %.0f readings/s, forecasts %.0f/s of %s, queries %.0f/s; load %s%n",
                minutes, ingestRate, forecastRate, series, queryRate, loadAverage());

        MinuteStats ingest = new MinuteStats("ingest-sent");
        MinuteStats forecasts = new MinuteStats("forecasts");
        MinuteStats queries = new MinuteStats("queries");
        RawReadingFlood flood = new RawReadingFlood(suite.kafkaBootstrap(), Topics.READINGS_RAW, ingestRate, 1000);
        String forecastBody = "{\"seriesId\":\"" + series + "\",\"horizon\":48}";
        PacedCalls forecastCalls = new PacedCalls(
                suite.baseUrl(SuiteService.FORECAST) + "/api/v1/forecasts",
                suite.apiKey(),
                forecastRate,
                32,
                i -> forecastBody,
                forecasts);
        List<String> questions = List.of(
                "What drives evening peak electricity demand?",
                "How is demand forecast accuracy measured?",
                "What is the capacity of battery storage in Great Britain?",
                "How does temperature affect heating load?");
        PacedCalls queryCalls = new PacedCalls(
                suite.baseUrl(SuiteService.RAG) + "/api/v1/retrieve",
                suite.apiKey(),
                queryRate,
                4,
                i -> "{\"query\":\"" + questions.get(i % questions.size()) + "\",\"topK\":5}",
                queries);

        SoakReport report = new SoakReport(suite);
        AtomicLong[] floodSeen = {new AtomicLong(), new AtomicLong()};
        long start = System.nanoTime();
        int whole = (int) Math.ceil(minutes);
        for (int minute = 1; minute <= whole; minute++) {
            double length = Math.min(60, (minutes - (minute - 1)) * 60);
            long until = start + (long) (((minute - 1) * 60 + length) * 1e9);
            Thread.sleep(Math.max(0, (until - System.nanoTime()) / 1_000_000));
            long[] sent = flood.take(floodSeen);
            ingest.add(sent[0], sent[1]);
            report.minute(minute, length, List.of(ingest, forecasts, queries));
        }
        // the totals of the measured minutes, before the calls still in flight drain
        report.totals(minutes * 60, List.of(ingest, forecasts, queries));
        flood.stop();
        forecastCalls.stop();
        queryCalls.stop();
        System.out.println("load at the end: " + loadAverage());
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** Heap of each service at each minute, and ingest's stored readings. */
    private static final class SoakReport {

        private final SuiteEndpoints suite;
        private final Map<SuiteService, Double> firstHeap = new EnumMap<>(SuiteService.class);
        private final Map<SuiteService, Double> lastHeap = new EnumMap<>(SuiteService.class);
        private double stored = Double.NaN;

        SoakReport(SuiteEndpoints suite) {
            this.suite = suite;
            stored = storedReadings();
        }

        private double storedReadings() {
            return Scrape.of(suite.baseUrl(SuiteService.INGEST)).sum("loadcast_ingest_readings_stored_total", "");
        }

        void minute(int minute, double seconds, List<MinuteStats> loads) {
            StringBuilder line = new StringBuilder("minute %d:".formatted(minute));
            for (MinuteStats load : loads) {
                line.append(" | ").append(load.takeMinute(seconds));
            }
            double now = storedReadings();
            line.append(" | ingest-stored %.1f/s".formatted((now - stored) / seconds));
            stored = now;
            line.append(" | heap MiB");
            for (SuiteService service : SuiteService.values()) {
                double heap = Scrape.of(suite.baseUrl(service)).heapMib();
                firstHeap.putIfAbsent(service, heap);
                lastHeap.put(service, heap);
                line.append(" %s %.0f".formatted(service.module().replace("-service", ""), heap));
            }
            System.out.println(line);
        }

        void totals(double seconds, List<MinuteStats> loads) {
            for (MinuteStats load : loads) {
                System.out.printf(
                        "total %s: %d ok (%.1f/s), %d errors%n",
                        load.name(), load.totalOk(), load.totalOk() / seconds, load.totalErrors());
            }
            for (SuiteService service : SuiteService.values()) {
                System.out.printf(
                        "heap %s: first minute %.0f MiB, last minute %.0f MiB%n",
                        service.module(), firstHeap.get(service), lastHeap.get(service));
            }
        }
    }
}
