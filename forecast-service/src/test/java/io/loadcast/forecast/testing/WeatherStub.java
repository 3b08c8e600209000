package io.loadcast.forecast.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ingest-service's weather contract ({@code GET /api/v1/weather/{location}/actuals?from&to} and {@code
 * /forecast?issuedBy&from&to}: per hour the latest issue at or before {@code issuedBy}), hourly rows of temperature,
 * cloud cover and (when given, else null as ingest answers a missing value) wind speed in km/h for any location,
 * recording every request.
 */
public final class WeatherStub {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Hour(Instant issuedAt, double temperature, double cloud, double windKmh) {}

    private final NavigableMap<Instant, Hour> actuals = new ConcurrentSkipListMap<>();
    private final NavigableMap<Instant, NavigableMap<Instant, Hour>> forecasts = new ConcurrentSkipListMap<>();
    public final java.util.List<String> requests = new CopyOnWriteArrayList<>();

    public void actual(Instant hour, double temperature, double cloud) {
        actual(hour, temperature, cloud, Double.NaN);
    }

    public void actual(Instant hour, double temperature, double cloud, double windKmh) {
        actuals.put(hour, new Hour(Instant.EPOCH, temperature, cloud, windKmh));
    }

    public void forecast(Instant issuedAt, Instant hour, double temperature, double cloud) {
        forecast(issuedAt, hour, temperature, cloud, Double.NaN);
    }

    public void forecast(Instant issuedAt, Instant hour, double temperature, double cloud, double windKmh) {
        forecasts
                .computeIfAbsent(hour, h -> new ConcurrentSkipListMap<>())
                .put(issuedAt, new Hour(issuedAt, temperature, cloud, windKmh));
    }

    void answer(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestURI().toString());
        Map<String, String> q = new HashMap<>();
        for (String part : exchange.getRequestURI().getRawQuery().split("&")) {
            String[] kv = part.split("=", 2);
            q.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        Instant from = Instant.parse(q.get("from"));
        Instant to = Instant.parse(q.get("to"));
        ObjectNode body = JSON.createObjectNode();
        ArrayNode points = body.putArray("points");
        if (exchange.getRequestURI().getPath().endsWith("/actuals")) {
            actuals.subMap(from, true, to, false).forEach((t, h) -> point(points, t, h, false));
        } else {
            Instant issuedBy = Instant.parse(q.get("issuedBy"));
            forecasts.subMap(from, true, to, false).forEach((t, issues) -> {
                Map.Entry<Instant, Hour> latest = issues.floorEntry(issuedBy);
                if (latest != null) {
                    point(points, t, latest.getValue(), true);
                }
            });
        }
        IngestStub.respond(exchange, 200, JSON.writeValueAsBytes(body));
    }

    private static void point(ArrayNode points, Instant t, Hour h, boolean forecast) {
        ObjectNode p = points.addObject()
                .put("validTime", t.toString())
                .put("resolution", "PT1H")
                .put("temperature", h.temperature())
                .put("cloudCover", h.cloud());
        if (Double.isNaN(h.windKmh())) {
            p.putNull("windSpeed");
        } else {
            p.put("windSpeed", h.windKmh());
        }
        if (forecast) {
            p.put("issuedAt", h.issuedAt().toString());
        } else {
            p.putNull("issuedAt");
        }
    }
}
