package io.loadcast.e2e.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A suite that is already running, such as the compose stack, given by system properties: {@code
 * loadcast.e2e.external=true}, {@code loadcast.e2e.api-key} (required), {@code loadcast.e2e.<service>-url} for
 * ingest, forecast, rag, guardrail and registry (default {@code http://localhost:808x}), {@code loadcast.e2e.kafka}
 * (default {@code localhost:9092}) and {@code loadcast.e2e.forecast-metrics-url} (one forecast-service replica;
 * default the forecast URL). Its topics are created when missing, as in {@link Suite}; nothing is stopped at the end.
 */
public final class ExternalSuite implements SuiteEndpoints {

    private static final Pattern START_TIME =
            Pattern.compile("(?m)^process_start_time_seconds(?:\\{[^}]*})? ([0-9.E+-]+)$");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String apiKey;

    private ExternalSuite(String apiKey) {
        this.apiKey = apiKey;
    }

    public static boolean requested() {
        return Boolean.getBoolean("loadcast.e2e.external");
    }

    public static ExternalSuite fromSystemProperties() throws InterruptedException {
        String key = System.getProperty("loadcast.e2e.api-key", "");
        if (key.isBlank()) {
            throw new IllegalStateException("loadcast.e2e.external needs loadcast.e2e.api-key (the stack's API key)");
        }
        ExternalSuite suite = new ExternalSuite(key);
        TopicLayout.createMissing(suite.kafkaBootstrap());
        return suite;
    }

    @Override
    public String baseUrl(SuiteService service) {
        String name = service.database();
        int port = 8081 + service.ordinal();
        return System.getProperty("loadcast.e2e." + name.toLowerCase(Locale.ROOT) + "-url", "http://localhost:" + port);
    }

    @Override
    public String kafkaBootstrap() {
        return System.getProperty("loadcast.e2e.kafka", "localhost:9092");
    }

    @Override
    public String apiKey() {
        return apiKey;
    }

    @Override
    public String forecastMetricsUrl() {
        return System.getProperty("loadcast.e2e.forecast-metrics-url", baseUrl(SuiteService.FORECAST));
    }

    /** The process start time forecast-service reports ({@code process_start_time_seconds}). */
    @Override
    public String forecastProcess() {
        try {
            String metrics = HTTP.send(
                            HttpRequest.newBuilder(URI.create(forecastMetricsUrl() + "/actuator/prometheus"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher m = START_TIME.matcher(metrics);
            return m.find() ? "started at " + m.group(1) : "no process_start_time_seconds";
        } catch (IOException e) {
            return "unreachable: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    @Override
    public void printLogTails() {
        System.err.println("external suite: see its own logs (./loadcast compose status, docker logs <container>)");
    }

    @Override
    public void close() {}
}
