package io.loadcast.forecast.series.client;

import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.data.SeriesAssembler;
import io.loadcast.forecast.core.data.TimedValue;
import io.loadcast.forecast.series.Dataset;
import io.loadcast.forecast.series.SeriesSource;
import io.loadcast.forecast.series.SourceUnavailableException;
import io.loadcast.forecast.series.UnknownSeriesException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads ingest-service's {@code /api/v1/series/{id}/readings} and {@code /api/v1/datasets/{id}[/content]}, and freezes
 * snapshots with {@code POST /api/v1/datasets}.
 */
@Component
class IngestSeriesClient implements SeriesSource {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final @Nullable String apiKey;

    IngestSeriesClient(ForecastProperties properties) {
        this.base = properties.ingestUrl();
        this.apiKey = properties.ingestApiKey();
    }

    /** {@code POST /api/v1/datasets} (a write: needs a key with EDIT); the answer's {@code id}. */
    @Override
    public String freeze(List<String> seriesIds, Instant from, Instant to) {
        var body = JSON.createObjectNode().put("from", from.toString()).put("to", to.toString());
        seriesIds.forEach(body.putArray("seriesIds")::add);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/v1/datasets"))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("X-Api-Key", apiKey);
        }
        byte[] answer = send(request.build(), "a dataset snapshot of " + seriesIds);
        return JSON.readTree(answer).path("id").asString();
    }

    @Override
    public HalfHourlySeries readings(String seriesId, Instant from, Instant to) {
        JsonNode body = get(
                "/api/v1/series/" + encode(seriesId) + "/readings?from=" + from + "&to=" + to, "series " + seriesId);
        JsonNode rows = body.isArray() ? body : body.path("readings");
        List<TimedValue> values = new ArrayList<>();
        for (JsonNode row : rows) {
            Instant t = Instant.parse(row.path("timestamp").asString());
            if (!t.isBefore(from) && t.isBefore(to)) {
                values.add(new TimedValue(t, row.path("value").asDouble(Double.NaN)));
            }
        }
        return SeriesAssembler.assemble(seriesId, values);
    }

    /** Metadata as JSON ({@code sha256}) and the canonical CSV content ({@code series_id,timestamp,value}). */
    @Override
    public Dataset dataset(String datasetId) {
        JsonNode meta = JSON.readTree(fetch("/api/v1/datasets/" + encode(datasetId), "dataset " + datasetId));
        String csv = new String(
                fetch("/api/v1/datasets/" + encode(datasetId) + "/content", "dataset " + datasetId),
                StandardCharsets.UTF_8);
        Map<String, List<TimedValue>> bySeries = new LinkedHashMap<>();
        String[] lines = csv.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].trim().split(",");
            if (f.length >= 3) {
                bySeries.computeIfAbsent(f[0], k -> new ArrayList<>())
                        .add(new TimedValue(Instant.parse(f[1]), Double.parseDouble(f[2])));
            }
        }
        List<HalfHourlySeries> series = bySeries.entrySet().stream()
                .map(e -> SeriesAssembler.assemble(e.getKey(), e.getValue()))
                .toList();
        return new Dataset(datasetId, meta.path("sha256").asString(""), series);
    }

    private JsonNode get(String path, String what) {
        return JSON.readTree(fetch(path, what));
    }

    private byte[] fetch(String path, String what) {
        return send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                what);
    }

    private byte[] send(HttpRequest request, String what) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new SourceUnavailableException("ingest-service unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException("interrupted reading " + what, e);
        }
        if (response.statusCode() == 404) {
            throw new UnknownSeriesException("ingest-service knows no " + what);
        }
        if (response.statusCode() >= 300) {
            throw new SourceUnavailableException(
                    "ingest-service answered " + response.statusCode() + " for " + what, null);
        }
        return response.body();
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
