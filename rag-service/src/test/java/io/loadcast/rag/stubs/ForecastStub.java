package io.loadcast.rag.stubs;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * forecast-service's contract: {@code POST /api/v1/forecasts} (a day of half-hours peaking at 41,250 MW; with
 * {@link #historyEndsAt} set, a request without origin gets the 422 of a history that ends before now, and one
 * with an origin is answered from it), the champion, drift and training runs.
 */
public final class ForecastStub implements AutoCloseable {

    public static final Instant ORIGIN = Instant.parse("2026-11-23T00:00:00Z");
    public static final double PEAK = 41_250;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private volatile int failWith;
    private volatile @org.jspecify.annotations.Nullable Instant historyEnd;

    public ForecastStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/forecasts", exchange -> {
            if (failWith != 0) {
                byte[] problem = ("{\"type\":\"https://loadcast.io/problems/model-not-found\",\"status\":" + failWith
                                + ",\"detail\":\"No champion model is registered.\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(failWith, problem.length);
                exchange.getResponseBody().write(problem);
                exchange.close();
                return;
            }
            tools.jackson.databind.JsonNode request =
                    JSON.readTree(exchange.getRequestBody().readAllBytes());
            String seriesId = request.path("seriesId").asString();
            Instant origin = request.path("origin").isString()
                    ? Instant.parse(request.path("origin").asString())
                    : ORIGIN;
            if (historyEnd != null && !request.path("origin").isString()) {
                Json.problem(
                        exchange,
                        422,
                        "insufficient-history",
                        "no readings in the 672 half-hours before " + Instant.now());
                return;
            }
            ObjectNode forecast = JSON.createObjectNode()
                    .put("seriesId", seriesId)
                    .put("origin", origin.toString())
                    .put("modelName", "gb-demand-lstm")
                    .put("modelVersion", "7");
            ArrayNode points = forecast.putArray("points");
            for (int i = 0; i < 48; i++) {
                double value = i == 35 ? PEAK : 30_000 + 100 * i;
                points.addObject()
                        .put(
                                "timestamp",
                                origin.plus(30L * i, ChronoUnit.MINUTES).toString())
                        .put("value", value)
                        .put("lower80", value - 1_000)
                        .put("upper80", value + 1_000);
            }
            byte[] body = JSON.writeValueAsString(forecast).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext(
                "/api/v1/models/",
                exchange -> Json.send(
                        exchange,
                        200,
                        java.util.Map.of(
                                "name", "forecast-gb-nd", "version", "7", "family", "day-ahead", "downloadUrl", "x")));
        server.createContext("/api/v1/drift/", exchange -> Json.send(exchange, 200, DRIFT));
        server.createContext("/api/v1/training-runs", exchange -> Json.send(exchange, 200, RUNS));
        server.start();
    }

    /** forecast-service's drift report of GB-ND: PSI over its threshold. */
    static final String DRIFT = """
            {"seriesId":"GB-ND","reference":"training","referenceSize":1344,"windowStart":"2024-12-23T23:30:00Z",
             "windowEnd":"2024-12-30T23:30:00Z","liveSize":336,
             "statistics":[{"statistic":"PSI","score":0.31,"threshold":0.2,"drifted":true},
                           {"statistic":"KS","score":0.08,"threshold":0.1,"drifted":false}],
             "liveMae":905.0,"liveErrors":336}""";

    /** Two runs, newest first: version 7 with its backtest, and a failed one. */
    static final String RUNS = """
            [{"id":"run-12","status":"FAILED","family":"lstm","seriesIds":["GB-ND"],"createdAt":"2026-12-01T10:00:00Z",
              "finishedAt":"2026-12-01T10:20:00Z","modelName":"forecast-gb-nd","error":"timed out after 20m"},
             {"id":"run-11","status":"SUCCEEDED","family":"day-ahead","seriesIds":["GB-ND"],
              "createdAt":"2026-11-30T09:00:00Z","finishedAt":"2026-11-30T09:02:00Z","modelName":"forecast-gb-nd",
              "modelVersion":"7","backtest":{"mae":1260.0,"mape":4.87,"smape":4.8,"mase":0.6,"rmse":1650.0,
              "baselineMape":7.74,"coverage80":0.808,"coverage95":0.95,"maeByStep":[],"origins":56}}]""";

    /** Answers requests without an origin as forecast-service does when the history ends at {@code end}; null: off. */
    public void historyEndsAt(@org.jspecify.annotations.Nullable Instant end) {
        historyEnd = end;
    }

    /** Answers every request with this status and a problem body; 0 serves forecasts again. */
    public void failWith(int status) {
        failWith = status;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
