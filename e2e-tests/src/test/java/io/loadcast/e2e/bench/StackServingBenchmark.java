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
 * is one keyed caller (budget 120,000 forecasts a minute). With the server's pid (system property
 * {@code loadcast.bench.server-pid}; the script passes forecast-service's from {@code .loadcast/run}) each phase also
 * prints the server's CPU time per forecast (user + system from {@code /proc/<pid>/stat}), and always the caller's:
 * on a shared machine CPU per forecast compares runs better than the rate does. System property
 * {@code loadcast.bench.phases} sets the order of the phases ({@code readme,spread} by default).
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
        ServerCpu server = new ServerCpu(System.getProperty("loadcast.bench.server-pid", ""));
        URI uri = URI.create(base + "/api/v1/forecasts");
        run("warm-up (README origin)", server, uri, key, connections, 5, i -> body(series, README_ORIGIN));
        // the phases in the order asked for (so a phase's figures can be told apart from the JIT warming up)
        for (String phase :
                System.getProperty("loadcast.bench.phases", "readme,spread").split(",")) {
            if (phase.equals("readme")) {
                run(
                        "README origin 2024-12-30T22:30Z",
                        server,
                        uri,
                        key,
                        connections,
                        seconds,
                        i -> body(series, README_ORIGIN));
            } else {
                // 144 half-hour origins over the last three days of the imported history
                run(
                        "origins over 2024-12-28..30",
                        server,
                        uri,
                        key,
                        connections,
                        seconds,
                        i -> body(series, README_ORIGIN.minus(Duration.ofMinutes(30L * (i % 144)))));
            }
        }
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
            ServerCpu server,
            URI uri,
            String key,
            int connections,
            int seconds,
            java.util.function.IntFunction<String> body)
            throws InterruptedException {
        long serverBefore = server.cpuNanos();
        long callerBefore = callerCpuNanos();
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
        long serverCpu = server.cpuNanos() - serverBefore;
        long callerCpu = callerCpuNanos() - callerBefore;
        System.out.printf(
                Locale.ROOT,
                "%-36s %d connections %ds: %.0f forecasts/s, p50 %.2f ms, p99 %.2f ms, max %.1f ms, non-200 %d;"
                        + " CPU per forecast: server %s ms, caller %.3f ms; load average %s%n",
                phase,
                connections,
                seconds,
                count / (double) seconds,
                percentile(all, 0.50),
                percentile(all, 0.99),
                all.length == 0 ? 0.0 : all[all.length - 1] / 1e6,
                failures,
                serverBefore < 0 ? "?" : String.format(Locale.ROOT, "%.3f", serverCpu / 1e6 / Math.max(1, count)),
                callerCpu / 1e6 / Math.max(1, count),
                loadAverage());
    }

    private static double percentile(long[] sorted, double q) {
        return sorted.length == 0 ? 0.0 : sorted[(int) Math.min(sorted.length - 1, q * sorted.length)] / 1e6;
    }

    private static long callerCpuNanos() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElse(0L);
    }

    /** User + system CPU time of the server process from {@code /proc/<pid>/stat}; -1 without a pid. */
    private record ServerCpu(String pid) {

        /** Clock ticks per second of {@code /proc} times ({@code getconf CLK_TCK}; 100 on Linux). */
        private static final long TICKS = Long.getLong("loadcast.bench.clock-ticks", 100);

        long cpuNanos() {
            if (pid.isBlank()) {
                return -1;
            }
            try {
                String stat = Files.readString(Path.of("/proc", pid.trim(), "stat"));
                // fields after the command's closing parenthesis: state is field 3, utime 14, stime 15
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1_000_000_000L / TICKS;
            } catch (java.io.IOException | RuntimeException e) {
                return -1;
            }
        }
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
