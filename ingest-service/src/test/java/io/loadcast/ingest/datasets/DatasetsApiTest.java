package io.loadcast.ingest.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.ingest.IngestIntegrationTest;
import io.loadcast.ingest.TestHttp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IngestIntegrationTest
class DatasetsApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant BASE = Instant.parse("2023-06-01T00:00:00Z");

    @LocalServerPort
    int port;

    TestHttp http;
    String series;

    @BeforeEach
    void setUp() {
        http = new TestHttp(port);
        series = "site-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void post(int from, int count, double offset) throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            rows.add("{\"seriesId\":\"%s\",\"timestamp\":\"%s\",\"value\":%s,\"unit\":\"MW\"}"
                    .formatted(series, BASE.plusSeconds(1800L * i), 500 + i + offset));
        }
        assertThat(http.postJson("/api/v1/readings", "{\"readings\":[" + String.join(",", rows) + "]}")
                        .statusCode())
                .isEqualTo(200);
    }

    private HttpResponse<String> create(String seriesIds) throws Exception {
        return http.postJson(
                "/api/v1/datasets",
                "{\"seriesIds\":[%s],\"from\":\"%s\",\"to\":\"%s\"}"
                        .formatted(seriesIds, BASE, BASE.plusSeconds(86_400)));
    }

    @Test
    void freezesASnapshotWhoseContentNeverChangesAndMatchesItsHash() throws Exception {
        post(0, 40, 0);

        HttpResponse<String> created = create("\"" + series + "\"");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode dataset = JSON.readTree(created.body());
        String id = dataset.path("id").asString();
        assertThat(dataset.path("rowCount").asInt()).isEqualTo(40);
        assertThat(dataset.at("/series/0/expected").asInt()).isEqualTo(48);
        assertThat(dataset.at("/series/0/missing").asInt()).isEqualTo(8);
        byte[] content = http.getBytes("/api/v1/datasets/" + id + "/content").body();
        String text = new String(content, StandardCharsets.UTF_8);
        assertThat(text).startsWith("series_id,timestamp,value\n" + series + ",2023-06-01T00:00:00Z,500\n");
        assertThat(text.lines()).hasSize(41);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)))
                .isEqualTo(dataset.path("sha256").asString());

        post(0, 48, 0.25);

        assertThat(http.getBytes("/api/v1/datasets/" + id + "/content").body()).isEqualTo(content);
        assertThat(JSON.readTree(http.get("/api/v1/datasets/" + id).body())
                        .path("sha256")
                        .asString())
                .isEqualTo(dataset.path("sha256").asString());
        JsonNode later = JSON.readTree(create("\"" + series + "\"").body());
        assertThat(later.path("rowCount").asInt()).isEqualTo(48);
        assertThat(later.path("sha256").asString())
                .isNotEqualTo(dataset.path("sha256").asString());
    }

    @Test
    void sameReadingsGiveTheSameHash() throws Exception {
        post(0, 10, 0);

        String first = JSON.readTree(create("\"" + series + "\"").body())
                .path("sha256")
                .asString();
        String second = JSON.readTree(create("\"" + series + "\"").body())
                .path("sha256")
                .asString();

        assertThat(first).isEqualTo(second).hasSize(64);
    }

    @Test
    void refusesUnknownSeriesAndEmptyRanges() throws Exception {
        HttpResponse<String> unknown = create("\"no-such-series\"");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).path("type").asString())
                .isEqualTo("https://loadcast.io/problems/series-not-found");

        post(100, 1, 0);
        HttpResponse<String> empty = create("\"" + series + "\"");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(empty.body()).path("type").asString())
                .isEqualTo("https://loadcast.io/problems/empty-dataset");
    }

    @Test
    void answersUnknownDatasetWithNotFound() throws Exception {
        assertThat(http.get("/api/v1/datasets/" + UUID.randomUUID()).statusCode())
                .isEqualTo(404);
    }
}
