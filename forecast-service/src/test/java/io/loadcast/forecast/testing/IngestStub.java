package io.loadcast.forecast.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ingest-service's REST contract for readings ({@code GET /api/v1/series/{id}/readings?from&to[&knownAt&late=include]},
 * from inclusive, to exclusive, each reading with its revision and storedAt; 404 for an unknown series) on a JDK
 * HttpServer, recording every range asked for. Values put directly count as first stored at the epoch (known at any
 * origin, as imported history is read with {@code late=include}); {@link #revise} records a revision with its time.
 */
public final class IngestStub implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Map<String, NavigableMap<Instant, Double>> series = new ConcurrentHashMap<>();
    /** Superseded values and the current value's revision and storedAt, of readings revised through {@link #revise}. */
    private final Map<String, Map<Instant, List<Version>>> versions = new ConcurrentHashMap<>();

    /** A stored value of a reading: its revision and when it was stored (values put directly: revision 0, epoch). */
    private record Version(double value, int revision, Instant storedAt) {}

    private final Map<String, String[]> datasets = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> frozen = new CopyOnWriteArrayList<>();
    private final WeatherStub weather = new WeatherStub();
    private final HttpServer server;
    private final java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newFixedThreadPool(8);

    public IngestStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/series/", this::readings);
        server.createContext("/api/v1/datasets/", this::dataset);
        server.createContext("/api/v1/datasets", this::freeze);
        server.createContext("/api/v1/weather/", weather::answer);
        server.setExecutor(executor);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void put(HalfHourlySeries s) {
        NavigableMap<Instant, Double> map = series.computeIfAbsent(s.seriesId(), k -> new ConcurrentSkipListMap<>());
        for (int i = 0; i < s.size(); i++) {
            if (Double.isFinite(s.values()[i])) {
                map.put(s.timeAt(i), s.values()[i]);
            }
        }
    }

    public void put(String seriesId, Instant timestamp, double value) {
        series.computeIfAbsent(seriesId, k -> new ConcurrentSkipListMap<>()).put(timestamp, value);
    }

    /**
     * Stores a revision of a reading, as ingest-service does: the value becomes current (revision + 1, stored at
     * {@code storedAt}) and the one it replaces is kept, so a read with {@code knownAt} before {@code storedAt} still
     * answers it.
     */
    public void revise(String seriesId, Instant timestamp, double value, Instant storedAt) {
        List<Version> history = versions.computeIfAbsent(seriesId, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(timestamp, t -> new CopyOnWriteArrayList<>());
        if (history.isEmpty()) {
            history.add(new Version(series.get(seriesId).get(timestamp), 0, Instant.EPOCH));
        }
        history.add(new Version(value, history.get(history.size() - 1).revision() + 1, storedAt));
        put(seriesId, timestamp, value);
    }

    /** The version known at {@code knownAt} (ingest's {@code late=include}: else the first one). */
    private Version known(String seriesId, Instant timestamp, double current, @Nullable Instant knownAt) {
        List<Version> history = versions.getOrDefault(seriesId, Map.of()).getOrDefault(timestamp, List.of());
        if (history.isEmpty()) {
            return new Version(current, 0, Instant.EPOCH);
        }
        Version last = history.get(history.size() - 1);
        if (knownAt == null) {
            return new Version(current, last.revision(), last.storedAt());
        }
        Version chosen = history.get(0);
        for (Version v : history) {
            if (!v.storedAt().isAfter(knownAt)) {
                chosen = v;
            }
        }
        return chosen;
    }

    /** Freezes a series as a dataset snapshot with ingest's canonical CSV ({@code series_id,timestamp,value}). */
    public void putDataset(String id, String sha256, HalfHourlySeries s) {
        StringBuilder csv = new StringBuilder("series_id,timestamp,value\n");
        for (int i = 0; i < s.size(); i++) {
            csv.append(s.seriesId())
                    .append(',')
                    .append(s.timeAt(i))
                    .append(',')
                    .append(s.values()[i])
                    .append('\n');
        }
        datasets.put(id, new String[] {sha256, csv.toString()});
    }

    /** ingest-service's weather API of this stand-in: actuals and forecasts with their issue time. */
    public WeatherStub weather() {
        return weather;
    }

    /** The ids of the snapshots frozen through {@code POST /api/v1/datasets}, oldest first. */
    public List<String> frozen() {
        return frozen;
    }

    /**
     * {@code POST /api/v1/datasets {seriesIds, from, to}}: as ingest-service does, freezes what is stored in the range
     * (canonical CSV, its SHA-256 as content hash) and answers 201 with the snapshot's id; 401 without a key.
     */
    private void freeze(HttpExchange exchange) throws IOException {
        if (exchange.getRequestHeaders().getFirst("X-Api-Key") == null) {
            respond(exchange, 401, "{}".getBytes());
            return;
        }
        JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
        Instant from = Instant.parse(request.path("from").asString());
        Instant to = Instant.parse(request.path("to").asString());
        StringBuilder csv = new StringBuilder("series_id,timestamp,value\n");
        for (JsonNode id : request.path("seriesIds")) {
            series.getOrDefault(id.asString(), new ConcurrentSkipListMap<>())
                    .subMap(from, true, to, false)
                    .forEach((t, v) -> csv.append(id.asString())
                            .append(',')
                            .append(t)
                            .append(',')
                            .append(v)
                            .append('\n'));
        }
        String id = java.util.UUID.randomUUID().toString();
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(csv.toString().getBytes(StandardCharsets.UTF_8));
            datasets.put(id, new String[] {java.util.HexFormat.of().formatHex(digest), csv.toString()});
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        frozen.add(id);
        respond(exchange, 201, JSON.writeValueAsBytes(JSON.createObjectNode().put("id", id)));
    }

    private void dataset(HttpExchange exchange) throws IOException {
        String rest = exchange.getRequestURI().getPath().substring("/api/v1/datasets/".length());
        String id = rest.replace("/content", "");
        String[] dataset = datasets.get(id);
        if (dataset == null) {
            respond(exchange, 404, "{}".getBytes());
        } else if (rest.endsWith("/content")) {
            respond(exchange, 200, dataset[1].getBytes(StandardCharsets.UTF_8));
        } else {
            respond(
                    exchange,
                    200,
                    JSON.writeValueAsBytes(JSON.createObjectNode().put("id", id).put("sha256", dataset[0])));
        }
    }

    /** The query strings of all readings requests so far, e.g. {@code S1 from=...&to=...}. */
    public List<String> requests() {
        return requests;
    }

    private void readings(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String id = URLDecoder.decode(
                path.substring("/api/v1/series/".length(), path.length() - "/readings".length()),
                StandardCharsets.UTF_8);
        Map<String, String> query = new ConcurrentHashMap<>();
        for (String part : exchange.getRequestURI().getRawQuery().split("&")) {
            String[] kv = part.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        requests.add(id + " " + exchange.getRequestURI().getRawQuery());
        NavigableMap<Instant, Double> values = series.get(id);
        if (values == null) {
            respond(exchange, 404, "{\"type\":\"https://loadcast.io/problems/series-not-found\"}".getBytes());
            return;
        }
        ObjectNode body = JSON.createObjectNode().put("seriesId", id).put("unit", "MW");
        ArrayNode rows = body.putArray("readings");
        Instant knownAt = query.containsKey("knownAt") ? Instant.parse(query.get("knownAt")) : null;
        values.subMap(Instant.parse(query.get("from")), true, Instant.parse(query.get("to")), false)
                .forEach((t, v) -> {
                    Version version = known(id, t, v, knownAt);
                    rows.addObject()
                            .put("timestamp", t.toString())
                            .put("value", version.value())
                            .put("revision", version.revision())
                            .put("storedAt", version.storedAt().toString());
                });
        respond(exchange, 200, JSON.writeValueAsBytes(body));
    }

    static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
