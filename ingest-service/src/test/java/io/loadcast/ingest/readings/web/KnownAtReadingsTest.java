package io.loadcast.ingest.readings.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.ingest.IngestIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bitemporal reads on the real PostgreSQL store: readings as they were known at an instant (issue 16). */
@IngestIntegrationTest
class KnownAtReadingsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Instant BASE = Instant.parse("2024-06-01T00:00:00Z");

    @LocalServerPort
    int port;

    String series;

    @BeforeEach
    void newSeries() {
        series = "known-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void showsEachReadingAsItWasKnownAtTheInstantAndLeavesOutOrIncludesLaterFirstReadings() throws Exception {
        store(0, 100);
        store(1, 101);
        Instant firstKnown = pause();
        store(0, 150); // a revision recorded after firstKnown
        store(2, 102); // a reading first stored after firstKnown
        Instant secondKnown = pause();
        store(0, 200);

        assertThat(readings("")).containsExactly("0=200.0 r2", "1=101.0 r0", "2=102.0 r0");
        assertThat(readings("&knownAt=" + firstKnown)).containsExactly("0=100.0 r0", "1=101.0 r0");
        assertThat(readings("&knownAt=" + firstKnown + "&late=include"))
                .containsExactly("0=100.0 r0", "1=101.0 r0", "2=102.0 r0");
        assertThat(readings("&knownAt=" + secondKnown)).containsExactly("0=150.0 r1", "1=101.0 r0", "2=102.0 r0");
        Instant beforeAll = Instant.parse("2024-06-02T00:00:00Z");
        assertThat(readings("&knownAt=" + beforeAll)).isEmpty();
        assertThat(readings("&knownAt=" + beforeAll + "&late=INCLUDE"))
                .as("first stored values, never a later revision")
                .containsExactly("0=100.0 r0", "1=101.0 r0", "2=102.0 r0");
    }

    @Test
    void givesEachValueTheInstantItWasStoredAndEchoesKnownAt() throws Exception {
        store(0, 100);
        Instant known = pause();
        store(0, 120);

        JsonNode body = JSON.readTree(get(range() + "&knownAt=" + known).body());

        assertThat(body.path("knownAt").asString()).isEqualTo(known.toString());
        Instant storedAt = Instant.parse(body.at("/readings/0/storedAt").asString());
        assertThat(storedAt).isBefore(known);
        Instant revisedAt = Instant.parse(
                JSON.readTree(get(range()).body()).at("/readings/0/storedAt").asString());
        assertThat(revisedAt).isAfter(known);
    }

    @Test
    void answersBadKnownAtOrLateWithA400ProblemNamingTheParameter() throws Exception {
        store(0, 100);
        assertProblem(range() + "&knownAt=yesterday", "knownAt");
        assertProblem(range() + "&knownAt=-999999999-01-01T00:00:00Z", "knownAt");
        assertProblem(range() + "&knownAt=2024-06-01T00:00:00Z&late=maybe", "late");
        assertProblem(range() + "&late=include", "late");
    }

    private void assertProblem(String path, String field) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).endsWith("/invalid-parameter-value");
        assertThat(problem.path("field").asString()).isEqualTo(field);
    }

    /** Readings of the range as "slot=value rRevision". */
    private List<String> readings(String query) throws Exception {
        HttpResponse<String> response = get(range() + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        for (JsonNode r : JSON.readTree(response.body()).path("readings")) {
            long slot = (Instant.parse(r.path("timestamp").asString()).getEpochSecond() - BASE.getEpochSecond()) / 1800;
            out.add(slot + "=" + r.path("value").asDouble() + " r"
                    + r.path("revision").asInt());
        }
        return out;
    }

    private String range() {
        return "/api/v1/series/" + series + "/readings?from=" + BASE + "&to=" + BASE.plusSeconds(86_400);
    }

    /** An instant strictly between the writes before and after it (PostgreSQL's now() and this clock are one). */
    private static Instant pause() throws InterruptedException {
        Thread.sleep(150);
        Instant at = Instant.now();
        Thread.sleep(150);
        return at;
    }

    private void store(int slot, double value) throws Exception {
        String body = "{\"readings\":[{\"seriesId\":\"%s\",\"timestamp\":\"%s\",\"value\":%s,\"unit\":\"MW\"}]}"
                .formatted(series, BASE.plusSeconds(1800L * slot), value);
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/readings"))
                        .header("Content-Type", "application/json")
                        .header("X-Api-Key", IngestIntegrationTest.API_KEY)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
