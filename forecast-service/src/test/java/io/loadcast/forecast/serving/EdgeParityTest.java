package io.loadcast.forecast.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.loadcast.contracts.ForecastPoint;
import io.loadcast.contracts.ModelEvent;
import io.loadcast.contracts.ModelEventType;
import io.loadcast.contracts.Topics;
import io.loadcast.edge.EdgeForecast;
import io.loadcast.edge.EdgeForecaster;
import io.loadcast.edge.LoadedChampion;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.testing.ForecastIntegrationTest;
import io.loadcast.forecast.testing.FrozenArtifactWriter.Expected;
import io.loadcast.forecast.testing.Http;
import io.loadcast.forecast.testing.RegistryStub;
import io.loadcast.forecast.testing.RunningServiceTest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16, must-show: for every model family, the edge client's forecast equals this service's for the same series,
 * origin and readings. Each family's frozen artifact is registered and made champion (alias moved, event on
 * {@code ml.model-events.v1}); the service serves it over {@code POST /api/v1/forecasts} from ingest-service's
 * readings, the edge client follows the same event on the same broker, fetches the champion through the registry's
 * contract, verifies its sha256, loads it and forecasts from the same readings fed to its buffer. Every point and
 * both bands must agree within 1e-9 relative. The readings have gaps (mid-window and just before the origin), so the
 * padding and causal gap filling are compared too.
 */
class EdgeParityTest extends RunningServiceTest {

    static final String SERIES = "PARITY";
    static final String MODEL = ModelNames.forSeries(SERIES);
    static final List<String> FAMILIES =
            List.of("seasonal-naive", "linear", "lstm", "gru", "day-ahead", "rlinear", "rlinear-ensemble");
    static final Set<Integer> GAPS = Set.of(200, 201, 202, 203, 204, 205, 650, 718, 719);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void theEdgeClientForecastsExactlyAsTheServiceForEveryFamily() throws Exception {
        Expected fixture = expected("linear");
        HalfHourlySeries readings = new HalfHourlySeries(
                SERIES,
                fixture.origin().minus(HalfHourlySeries.STEP.multipliedBy(fixture.history().length)),
                fixture.history());
        try (EdgeForecaster edge = EdgeForecaster.builder()
                .registryUrl(registry.url().toString())
                .apiKey(ForecastIntegrationTest.REGISTRY_KEY)
                .model(MODEL)
                .bootstrapServers(bootstrapServers)
                .build()) {
            assertThat(edge.awaitReady(Duration.ofSeconds(60))).isTrue();
            for (int i = 0; i < readings.size(); i++) {
                if (!GAPS.contains(i)) {
                    ingest.put(SERIES, readings.timeAt(i), readings.values()[i]);
                    edge.record(SERIES, readings.timeAt(i), readings.values()[i]);
                }
            }
            for (String family : FAMILIES) {
                Expected frozen = expected(family);
                assertThat(frozen.origin()).isEqualTo(fixture.origin());
                assertThat(frozen.history()).isEqualTo(fixture.history());
                byte[] artifact = resource(family + ".zip");
                String version = championIs(artifact);
                int horizon = frozen.forecast().length;

                JsonNode served = servedBy(version, fixture.origin(), horizon);
                assertThat(awaitEdgeServes(edge, version))
                        .as("edge serves %s version %s", family, version)
                        .isTrue();
                LoadedChampion champion = edge.champion(MODEL).orElseThrow();
                assertThat(champion.sha256()).isEqualTo(RegistryStub.sha256(artifact));
                assertThat(champion.artifact()
                                .model()
                                .provenance()
                                .spec()
                                .family()
                                .slug())
                        .isEqualTo(family);
                EdgeForecast local = edge.forecast(SERIES, fixture.origin(), horizon);

                assertSameForecast(family, served, local, champion);
            }
        }
    }

    /** Registers the artifact as a new version, moves the champion alias to it and sends the registry's event. */
    String championIs(byte[] artifact) throws Exception {
        String version = registry.registerRaw(MODEL, artifact);
        String previous = registry.alias(MODEL, "champion");
        registry.setAlias(MODEL, "champion", version);
        ModelEvent moved = new ModelEvent(
                UUID.randomUUID(),
                Instant.now(),
                ModelEventType.ALIAS_MOVED,
                MODEL,
                version,
                "champion",
                previous,
                null,
                "test");
        kafka.send(new ProducerRecord<>(Topics.MODEL_EVENTS, MODEL, JSON.writeValueAsBytes(moved)))
                .get();
        return version;
    }

    /** The service's forecast once it serves {@code version}. */
    JsonNode servedBy(String version, Instant origin, int horizon) throws Exception {
        String body = "{\"seriesId\":\"" + SERIES + "\",\"origin\":\"" + origin + "\",\"horizon\":" + horizon + "}";
        JsonNode[] last = new JsonNode[1];
        boolean served = Http.await(Duration.ofSeconds(60), () -> {
            try {
                var response = http.post("/api/v1/forecasts", body, false);
                last[0] = Http.json(response);
                return response.statusCode() == 200
                        && last[0].path("modelVersion").asString().equals(version);
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(served).as("service serves version %s: %s", version, last[0]).isTrue();
        return last[0];
    }

    static boolean awaitEdgeServes(EdgeForecaster edge, String version) throws InterruptedException {
        return Http.await(
                Duration.ofSeconds(60),
                () -> edge.champion(MODEL).map(c -> c.version().equals(version)).orElse(false));
    }

    /**
     * The same points; the same bands when the service served its training widths too. With enough history before
     * the origin the service serves widths from the model's recent errors ({@code intervals: RECENT}), which the edge
     * client does not compute: its bands are then the artifact's training widths around the same values.
     */
    static void assertSameForecast(String family, JsonNode served, EdgeForecast local, LoadedChampion champion) {
        assertThat(local.origin()).isEqualTo(Instant.parse(served.path("origin").asString()));
        assertThat(local.modelName()).isEqualTo(served.path("modelName").asString());
        assertThat(local.modelVersion()).isEqualTo(served.path("modelVersion").asString());
        JsonNode points = served.path("points");
        assertThat(local.points()).as(family).hasSize(points.size());
        double largest = 0;
        for (int h = 0; h < points.size(); h++) {
            double service = points.get(h).path("value").asDouble();
            largest = Math.max(largest, Math.abs(local.points().get(h).value() - service) / Math.abs(service));
        }
        System.out.printf(
                "edge parity %s: %d points, largest relative difference %.3g%n", family, points.size(), largest);
        String method = served.path("intervals").asString();
        assertThat(method).as(family).isIn("TRAINING", "RECENT");
        List<ForecastPoint> training = champion.artifact()
                .intervals()
                .points(
                        local.points().stream()
                                .mapToDouble(ForecastPoint::value)
                                .toArray(),
                        local.origin());
        for (int h = 0; h < points.size(); h++) {
            ForecastPoint p = local.points().get(h);
            JsonNode q = points.get(h);
            assertThat(p.timestamp())
                    .isEqualTo(Instant.parse(q.path("timestamp").asString()));
            close(family, h, "value", p.value(), q.path("value").asDouble());
            if (method.equals("RECENT")) {
                assertThat(p)
                        .as("%s step %d: the edge's training bands", family, h)
                        .isEqualTo(training.get(h));
                assertThat(Double.isFinite(q.path("lower80").asDouble())
                                && q.path("lower80").asDouble()
                                        <= q.path("value").asDouble())
                        .as("%s step %d: the service's recent band", family, h)
                        .isTrue();
                continue;
            }
            close(family, h, "lower80", p.lower80(), q.path("lower80").asDouble());
            close(family, h, "upper80", p.upper80(), q.path("upper80").asDouble());
            close(family, h, "lower95", p.lower95(), q.path("lower95").asDouble());
            close(family, h, "upper95", p.upper95(), q.path("upper95").asDouble());
        }
    }

    static void close(String family, int h, String field, double edge, double service) {
        assertThat(Double.isFinite(service))
                .as("%s step %d %s finite", family, h, field)
                .isTrue();
        assertThat(edge).as("%s step %d %s", family, h, field).isCloseTo(service, within(Math.abs(service) * 1e-9));
    }

    static Expected expected(String family) throws IOException {
        return JSON.readValue(resource(family + ".json"), Expected.class);
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = EdgeParityTest.class.getResourceAsStream("/models/format1/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
