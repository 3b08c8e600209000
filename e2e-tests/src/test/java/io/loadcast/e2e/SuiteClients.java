package io.loadcast.e2e;

import io.loadcast.e2e.http.Api;
import io.loadcast.e2e.http.Poll;
import io.loadcast.e2e.stack.SuiteEndpoints;
import io.loadcast.e2e.stack.SuiteService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** The calls the journey makes, each on a service's documented public API. */
final class SuiteClients {

    /** Answers in a row that must name the version: more than the replicas a proxy spreads them over (two). */
    private static final int SERVED_IN_A_ROW = 4;

    private static final Pattern SWAPS_LOADED =
            Pattern.compile("(?m)^loadcast_forecast_model_swaps_total\\{[^}]*outcome=\"loaded\"[^}]*} ([0-9.E+-]+)$");

    final Api ingest;
    final Api forecast;
    final Api registry;
    final Api rag;
    private final Api forecastMetrics;

    SuiteClients(SuiteEndpoints suite) {
        this.ingest = new Api(suite.baseUrl(SuiteService.INGEST), suite.apiKey());
        this.forecast = new Api(suite.baseUrl(SuiteService.FORECAST), suite.apiKey());
        this.registry = new Api(suite.baseUrl(SuiteService.REGISTRY), suite.apiKey());
        this.rag = new Api(suite.baseUrl(SuiteService.RAG), suite.apiKey());
        this.forecastMetrics = new Api(suite.forecastMetricsUrl(), suite.apiKey());
    }

    /** ingest: the stored readings of a series in {@code [from, to)}, empty while the series is unknown. */
    List<JsonNode> storedReadings(String seriesId, Instant from, Instant to) {
        Api.Answer answer = ingest.get("/api/v1/series/" + seriesId + "/readings?from=" + from + "&to=" + to);
        if (answer.status() == 404) {
            return List.of();
        }
        return answer.expect(200).path("readings").valueStream().toList();
    }

    /** forecast-service: starts a run and waits until it SUCCEEDED; a FAILED run fails the journey at once. */
    JsonNode train(Map<String, Object> request, Duration timeout) {
        String id = forecast.post("/api/v1/training-runs", request)
                .expect(202)
                .path("id")
                .asString();
        AtomicReference<JsonNode> last = new AtomicReference<>();
        return Poll.until(
                "training run " + id + " to succeed",
                timeout,
                () -> {
                    JsonNode run = forecast.get("/api/v1/training-runs/" + id).expect(200);
                    last.set(run);
                    String status = run.path("status").asString();
                    if (status.equals("FAILED")) {
                        throw new AssertionError("training run " + id + " failed: " + run);
                    }
                    return status.equals("SUCCEEDED") ? Optional.of(run) : Optional.empty();
                },
                () -> String.valueOf(last.get()));
    }

    /** registry (MLflow REST): the version the alias points to, if any. */
    Optional<String> aliasVersion(String model, String alias) {
        Api.Answer answer =
                registry.get("/api/2.0/mlflow/registered-models/alias?name=" + enc(model) + "&alias=" + enc(alias));
        return answer.status() == 200
                ? Optional.of(
                        answer.json().path("model_version").path("version").asString())
                : Optional.empty();
    }

    /** forecast-service: {@code POST /api/v1/forecasts} without origin, i.e. from after the latest reading. */
    JsonNode forecast(String seriesId, int horizon) {
        return forecast.post("/api/v1/forecasts", Map.of("seriesId", seriesId, "horizon", horizon))
                .expect(200);
    }

    /** forecast-service: an as-of forecast from {@code origin}, using only readings before it. */
    Api.Answer forecastAsOf(String seriesId, Instant origin, int horizon) {
        return forecast.post(
                "/api/v1/forecasts", Map.of("seriesId", seriesId, "origin", origin.toString(), "horizon", horizon));
    }

    /** Waits until forecast-service answers with {@code version}: a hot swap, polled, never slept for. */
    JsonNode awaitServedVersion(String seriesId, Instant origin, String version, Duration timeout) {
        AtomicReference<String> last = new AtomicReference<>("nothing");
        // behind a proxy (the compose stack) each answer may come from another replica, and each replica swaps on its
        // own: the version is served when several answers in a row agree, not when one replica has it
        AtomicInteger agreeing = new AtomicInteger();
        return Poll.until(
                "forecast-service to serve version " + version + " of " + seriesId + " on every replica",
                timeout,
                () -> {
                    Api.Answer answer = forecastAsOf(seriesId, origin, 48);
                    last.set(answer.status() + " " + answer.body());
                    boolean served = answer.status() == 200
                            && answer.json().path("modelVersion").asString().equals(version);
                    int inARow = served ? agreeing.incrementAndGet() : 0;
                    if (!served) {
                        agreeing.set(0);
                    }
                    return inARow >= SERVED_IN_A_ROW ? Optional.of(answer.json()) : Optional.empty();
                },
                last::get);
    }

    /** forecast-service's own meter of installed models, from its Prometheus endpoint. */
    double modelsLoaded() {
        Matcher m = SWAPS_LOADED.matcher(forecastMetrics.text("/actuator/prometheus"));
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
