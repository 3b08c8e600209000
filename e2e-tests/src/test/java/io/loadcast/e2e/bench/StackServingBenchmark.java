package io.loadcast.e2e.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Forecasts as a user calls them, against a running stack (./loadcast up or compose): {@code connections} closed-loop
 * callers each POST the next as-of forecast as soon as the previous one answered, over one keep-alive connection
 * each. Two phases of {@code seconds} each: the README's own call (GB-ND, origin 2024-12-30T22:30Z, 48 steps), then
 * origins spread over the last three days of the imported history. Prints forecasts/s, p50, p99, max and non-200s
 * with the load average; asserts nothing (a benchmark, not a test).
 *
 * <p>Args: base URL (http://localhost:8082), connections (8), seconds per phase (20), series (GB-ND). The API key
 * (system property {@code loadcast.bench.api-key}, else {@code .loadcast/api-key}) is sent when present, so the run
 * is one keyed caller (budget 120,000 forecasts a minute).
 */
public final class StackServingBenchmark {

    private static final Instant README_ORIGIN = Instant.parse("2024-12-30T22:30:00Z");

    private StackServingBenchmark() {}

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8082";
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String series = args.length > 3 ? args[3] : "GB-ND";
        String key = apiKey();
        URI uri = URI.create(base + "/api/v1/forecasts");
        run("warm-up (README origin)", uri, key, connections, 5, i -> body(series, README_ORIGIN));
        run("README origin 2024-12-30T22:30Z", uri, key, connections, seconds, i -> body(series, README_ORIGIN));
        // 144 half-hour origins over the last three days of the imported history
        run(
                "origins over 2024-12-28..30",
                uri,
                key,
                connections,
                seconds,
                i -> body(series, README_ORIGIN.minus(Duration.ofMinutes(30L * (i % 144)))));
    }

    private static String body(String series, Instant origin) {
        return "{\"seriesId\":\"" + series + "\",\"origin\":\"" + origin + "\",\"horizon\":48}";
    }

    private static String apiKey() throws java.io.IOException {
        String key = System.getProperty("loadcast.bench.api-key", "");
        Path file = Path.of(".loadcast/api-key");
        if (key.isBlank() && Files.exists(file)) {
            key = Files.readString(file).trim();
        }
        return key;
    }

    private static void run(
            String phase,
            URI uri,
            String key,
            int connections,
            int seconds,
            java.util.function.IntFunction<String> body)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Caller> callers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Caller caller = new Caller(uri, key, body, end, c);
            callers.add(caller);
            caller.start();
        }
        long failures = 0;
        int count = 0;
        for (Caller caller : callers) {
            caller.join();
            failures += caller.failures;
            count += caller.count;
        }
        long[] all = new long[count];
        int at = 0;
        for (Caller caller : callers) {
            System.arraycopy(caller.latencies, 0, all, at, caller.count);
            at += caller.count;
        }
        Arrays.sort(all);
        System.out.printf(
                Locale.ROOT,
                "%-36s %d connections %ds: %.0f forecasts/s, p50 %.2f ms, p99 %.2f ms, max %.1f ms, non-200 %d;"
                        + " load average %s%n",
                phase,
                connections,
                seconds,
                count / (double) seconds,
                percentile(all, 0.50),
                percentile(all, 0.99),
                all.length == 0 ? 0.0 : all[all.length - 1] / 1e6,
                failures,
                loadAverage());
    }

    private static double percentile(long[] sorted, double q) {
        return sorted.length == 0 ? 0.0 : sorted[(int) Math.min(sorted.length - 1, q * sorted.length)] / 1e6;
    }

    private static String loadAverage() {
        try {
            return String.join(
                    " ",
                    Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** One closed-loop caller on its own HTTP/1.1 client (one keep-alive connection). */
    private static final class Caller extends Thread {
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        private final URI uri;
        private final String key;
        private final java.util.function.IntFunction<String> body;
        private final long end;
        private long[] latencies = new long[1 << 16];
        private int count;
        private long failures;
        private int sequence;

        Caller(URI uri, String key, java.util.function.IntFunction<String> body, long end, int index) {
            super("forecast-caller-" + index);
            this.uri = uri;
            this.key = key;
            this.body = body;
            this.end = end;
            this.sequence = index * 17;
        }

        @Override
        public void run() {
            while (System.nanoTime() < end) {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.apply(sequence++)));
                if (!key.isBlank()) {
                    request.header("X-Api-Key", key);
                }
                long start = System.nanoTime();
                int status;
                try {
                    status = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                            .statusCode();
                } catch (java.io.IOException e) {
                    status = 0;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (status != 200) {
                    failures++;
                }
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = System.nanoTime() - start;
            }
        }
    }
}
