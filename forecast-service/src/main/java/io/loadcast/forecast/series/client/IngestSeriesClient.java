package io.loadcast.forecast.series.client;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.calls.ServiceClient;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.data.SeriesAssembler;
import io.loadcast.forecast.core.data.TimedValue;
import io.loadcast.forecast.series.Dataset;
import io.loadcast.forecast.series.SeriesRead;
import io.loadcast.forecast.series.SeriesSource;
import io.loadcast.forecast.series.SourceUnavailableException;
import io.loadcast.forecast.series.UnknownSeriesException;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads ingest-service's {@code /api/v1/series/{id}/readings} and {@code /api/v1/datasets/{id}[/content]}, and freezes
 * snapshots with {@code POST /api/v1/datasets}, through {@link ServiceClient}s (RestClient with timeouts, retried
 * reads, circuit breaker).
 */
@Component
class IngestSeriesClient implements SeriesSource {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ServiceClient ingest;
    private final ServiceClient writer;
    private final URI base;

    IngestSeriesClient(ForecastProperties properties, ObservationRegistry observations) {
        this.base = properties.ingestUrl();
        // reads are open on ingest-service: no key travels on these calls; only snapshot writes carry ingest's key
        this.ingest = ServiceClient.create("ingest", base, null, properties.http(), observations);
        this.writer =
                ServiceClient.create("ingest-write", base, properties.ingestApiKey(), properties.http(), observations);
    }

    /** {@code POST /api/v1/datasets} (a write: needs a key with EDIT); the answer's {@code id}. */
    @Override
    public String freeze(List<String> seriesIds, Instant from, Instant to) {
        var body = JSON.createObjectNode().put("from", from.toString()).put("to", to.toString());
        seriesIds.forEach(body.putArray("seriesIds")::add);
        String what = "a dataset snapshot of " + seriesIds;
        byte[] answer = exchange(
                writer,
                false,
                what,
                () -> writer.rest()
                        .post()
                        .uri(base.resolve("/api/v1/datasets"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(JSON.writeValueAsString(body)));
        return JSON.readTree(answer).path("id").asString();
    }

    @Override
    public HalfHourlySeries readings(String seriesId, Instant from, Instant to) {
        return read(seriesId, from, to, "").values();
    }

    @Override
    public SeriesRead readingsWithRevisions(String seriesId, Instant from, Instant to) {
        return read(seriesId, from, to, "");
    }

    @Override
    public HalfHourlySeries readingsKnownAt(String seriesId, Instant from, Instant to, Instant knownAt) {
        return read(seriesId, from, to, "&knownAt=" + knownAt + "&late=include").values();
    }

    /** A revised value without {@code storedAt} (an older ingest-service) counts as revised at an unknown time. */
    private SeriesRead read(String seriesId, Instant from, Instant to, String known) {
        JsonNode body = get(
                "/api/v1/series/" + encode(seriesId) + "/readings?from=" + from + "&to=" + to + known,
                "series " + seriesId);
        JsonNode rows = body.isArray() ? body : body.path("readings");
        List<TimedValue> values = new ArrayList<>();
        Map<Instant, Instant> revisedAt = new HashMap<>();
        for (JsonNode row : rows) {
            Instant t = Instant.parse(row.path("timestamp").asString());
            if (!t.isBefore(from) && t.isBefore(to)) {
                values.add(new TimedValue(t, row.path("value").asDouble(Double.NaN)));
                if (row.path("revision").asInt(0) > 0) {
                    String stored = row.path("storedAt").asString("");
                    revisedAt.put(t, stored.isEmpty() ? Instant.MAX : Instant.parse(stored));
                }
            }
        }
        return new SeriesRead(SeriesAssembler.assemble(seriesId, values), revisedAt);
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
        URI uri = base.resolve(path);
        return exchange(ingest, true, what, () -> ingest.rest().get().uri(uri));
    }

    private byte[] exchange(
            ServiceClient client, boolean idempotent, String what, Supplier<RestClient.RequestHeadersSpec<?>> request) {
        try {
            return client.call(
                    idempotent,
                    () -> request.get()
                            .exchange(
                                    (req, res) -> {
                                        int status = res.getStatusCode().value();
                                        if (status == 404) {
                                            throw new UnknownSeriesException("ingest-service knows no " + what);
                                        }
                                        if (status >= 500) {
                                            throw new org.springframework.web.client.HttpServerErrorException(
                                                    res.getStatusCode(),
                                                    "ingest-service answered " + status + " for " + what);
                                        }
                                        if (status >= 300) {
                                            throw new SourceUnavailableException(
                                                    "ingest-service answered " + status + " for " + what, null);
                                        }
                                        return res.getBody().readAllBytes();
                                    },
                                    true));
        } catch (CallNotPermittedException e) {
            throw new SourceUnavailableException("ingest-service circuit open, not reading " + what, e);
        } catch (RestClientException e) {
            throw new SourceUnavailableException("ingest-service unreachable: " + e.getMessage(), e);
        }
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
