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

/** forecast-service's {@code POST /api/v1/forecasts} contract: a day of half-hours peaking at 41,250 MW. */
public final class ForecastStub implements AutoCloseable {

    public static final Instant ORIGIN = Instant.parse("2026-11-23T00:00:00Z");
    public static final double PEAK = 41_250;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private volatile int failWith;

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
            String seriesId = JSON.readTree(exchange.getRequestBody().readAllBytes())
                    .path("seriesId")
                    .asString();
            ObjectNode forecast = JSON.createObjectNode()
                    .put("seriesId", seriesId)
                    .put("origin", ORIGIN.toString())
                    .put("modelName", "gb-demand-lstm")
                    .put("modelVersion", "7");
            ArrayNode points = forecast.putArray("points");
            for (int i = 0; i < 48; i++) {
                double value = i == 35 ? PEAK : 30_000 + 100 * i;
                points.addObject()
                        .put(
                                "timestamp",
                                ORIGIN.plus(30L * i, ChronoUnit.MINUTES).toString())
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
        server.start();
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
