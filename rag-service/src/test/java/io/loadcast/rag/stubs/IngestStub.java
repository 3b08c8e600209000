package io.loadcast.rag.stubs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ingest-service's series contract ({@code GET /api/v1/series/{id}}, {@code /resampled}, {@code /readings}) over a
 * half-hourly history ending at {@link #LATEST}, as the demo data does, with {@link #MISSING} half-hours missing on
 * 2024-12-20.
 */
public final class IngestStub implements AutoCloseable {

    public static final Instant LATEST = Instant.parse("2024-12-30T23:30:00Z");
    public static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");
    public static final int MISSING = 3;
    private static final Instant GAP_DAY = Instant.parse("2024-12-20T00:00:00Z");

    private final HttpServer server;

    public IngestStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/series/", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        String id = path[4];
        if (path.length == 5) {
            Json.send(
                    exchange, 200, Map.of("id", id, "unit", "MW", "resolution", "PT30M", "timeZone", "Europe/London"));
            return;
        }
        Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
        Instant from = max(Instant.parse(q.get("from")), FIRST);
        Instant to = min(Instant.parse(q.get("to")), LATEST.plus(Duration.ofMinutes(30)));
        ObjectNode body = Json.MAPPER.createObjectNode().put("seriesId", id).put("unit", "MW");
        if (path[5].equals("resampled")) {
            ArrayNode buckets = body.putArray("buckets");
            for (Instant day = from.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
                    day.isBefore(to);
                    day = day.plus(Duration.ofDays(1))) {
                long count = Math.min(
                        48,
                        Duration.between(max(day, from), min(day.plus(Duration.ofDays(1)), to))
                                        .toMinutes()
                                / 30);
                count -= day.equals(GAP_DAY) ? MISSING : 0;
                buckets.addObject()
                        .put("timestamp", day.toString())
                        .put("mean", 30_000)
                        .put("min", 21_000)
                        .put("max", 44_000)
                        .put("count", count);
            }
        } else {
            ArrayNode readings = body.putArray("readings");
            for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofMinutes(30))) {
                readings.addObject()
                        .put("timestamp", t.toString())
                        .put("value", 30_000)
                        .put("revision", 1);
            }
        }
        Json.send(exchange, 200, body);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return out;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
