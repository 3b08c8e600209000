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

@IngestIntegrationTest
class ReadingsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Instant BASE = Instant.parse("2024-03-30T00:00:00Z");

    @LocalServerPort
    int port;

    String series;

    @BeforeEach
    void newSeries() {
        series = "site-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/readings"))
                        .header("Content-Type", "application/json")
                        .header("X-Api-Key", IngestIntegrationTest.API_KEY)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String row(Instant at, String value) {
        return "{\"seriesId\":\"%s\",\"timestamp\":\"%s\",\"value\":%s,\"unit\":\"MW\"}".formatted(series, at, value);
    }

    @Test
    void keepsGoodRowsAndReportsEachBadRowByIndexWithItsReason() throws Exception {
        String body = "{\"readings\":["
                + String.join(
                        ",",
                        row(BASE, "100.5"),
                        row(BASE.plusSeconds(1800), "\"lots\""),
                        row(BASE.plusSeconds(3600), "-3"),
                        row(Instant.parse("2099-01-01T00:00:00Z"), "1"),
                        row(BASE.plusSeconds(5400), "101"),
                        row(BASE, "100.5"))
                + "]}";

        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.path("received").asInt()).isEqualTo(6);
        assertThat(result.path("stored").asInt()).isEqualTo(3);
        assertThat(result.path("inserted").asInt()).isEqualTo(2);
        assertThat(result.path("unchanged").asInt()).isEqualTo(1);
        List<String> errors = new ArrayList<>();
        result.path("rejected")
                .forEach(e -> errors.add(e.path("index").asInt() + " "
                        + e.path("field").asString() + " " + e.path("reason").asString()));
        assertThat(errors)
                .containsExactly(
                        "1 readings[1].value NOT_A_NUMBER",
                        "2 readings[2].value NEGATIVE_VALUE",
                        "3 readings[3].timestamp FUTURE_TIMESTAMP");
    }

    @Test
    void answersAllRowsRejectedWithAProblemListingEachRow() throws Exception {
        HttpResponse<String> response = post("{\"readings\":[" + row(BASE, "-1") + ",{\"seriesId\":\"x\"}]}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://loadcast.io/problems/readings-rejected");
        assertThat(problem.path("errors")).hasSize(2);
        assertThat(problem.at("/errors/1/field").asString()).isEqualTo("readings[1].timestamp");
    }

    @Test
    void answersMalformedJsonWithAProblem() throws Exception {
        HttpResponse<String> response = post("{\"readings\": [ {");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("type").asString())
                .as(response.body())
                .isEqualTo("https://loadcast.io/problems/malformed-request");
    }

    @Test
    void refusesEmptyBatch() throws Exception {
        assertThat(post("{\"readings\":[]}").statusCode()).isEqualTo(400);
    }

    @Test
    void streamsReadingsInTimeOrderAndResamplesThemByHour() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 96; i++) {
            rows.add(row(BASE.plusSeconds(1800L * i), String.valueOf(1000 + i)));
        }
        assertThat(post("{\"readings\":[" + String.join(",", rows) + "]}").statusCode())
                .isEqualTo(200);

        HttpResponse<String> raw =
                get("/api/v1/series/" + series + "/readings?from=" + BASE + "&to=" + BASE.plusSeconds(86_400));
        JsonNode readings = JSON.readTree(raw.body()).path("readings");
        assertThat(readings).hasSize(48);
        assertThat(readings.get(0).path("timestamp").asString()).isEqualTo(BASE.toString());
        assertThat(readings.get(47).path("value").asDouble()).isEqualTo(1047);

        JsonNode hourly = JSON.readTree(get("/api/v1/series/" + series + "/resampled?interval=hour&from=" + BASE
                                + "&to=" + BASE.plusSeconds(86_400))
                        .body())
                .path("buckets");
        assertThat(hourly).hasSize(24);
        assertThat(hourly.get(0).path("mean").asDouble()).isEqualTo(1000.5);
        assertThat(hourly.get(0).path("min").asDouble()).isEqualTo(1000);
        assertThat(hourly.get(0).path("max").asDouble()).isEqualTo(1001);
        assertThat(hourly.get(0).path("count").asInt()).isEqualTo(2);
    }

    @Test
    void resamplesBySettlementDayWhichHasFortySixHalfHoursAtTheSpringClockChange() throws Exception {
        List<String> rows = new ArrayList<>();
        // 2024-03-30 00:00Z (GMT) .. 2024-04-01 00:00Z: the local day of 31 March is 23 hours long
        for (int i = 0; i < 96; i++) {
            rows.add(row(BASE.plusSeconds(1800L * i), "10"));
        }
        post("{\"readings\":[" + String.join(",", rows) + "]}");

        JsonNode daily = JSON.readTree(get("/api/v1/series/" + series + "/resampled?interval=day&from=" + BASE + "&to="
                                + BASE.plusSeconds(2 * 86_400))
                        .body())
                .path("buckets");

        // 30 March (GMT, 48), 31 March (46, ends at 23:00Z when the BST day of 1 April begins), then 1 April
        assertThat(daily)
                .extracting(d ->
                        d.path("timestamp").asString() + " " + d.path("count").asInt())
                .containsExactly("2024-03-30T00:00:00Z 48", "2024-03-31T00:00:00Z 46", "2024-03-31T23:00:00Z 2");
    }

    @Test
    void answersUnknownSeriesWithNotFoundProblem() throws Exception {
        HttpResponse<String> response =
                get("/api/v1/series/no-such-series/readings?from=2024-01-01T00:00:00Z&to=2024-01-02T00:00:00Z");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).path("type").asString())
                .isEqualTo("https://loadcast.io/problems/series-not-found");
    }

    @Test
    void rejectsATimestampBefore4713BcAsARowProblemInsteadOfA500() throws Exception {
        HttpResponse<String> response =
                post("{\"readings\":[" + row(Instant.parse("-4714-11-24T00:00:00Z"), "1") + "]}");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(response.body()).path("errors").get(0);
        assertThat(error.path("reason").asString()).isEqualTo("TIMESTAMP_OUT_OF_RANGE");
        assertThat(error.path("field").asString()).isEqualTo("readings[0].timestamp");
    }

    @Test
    void answersAReadingsQueryFromBeyondTheRangeWithA400ProblemNamingTheField() throws Exception {
        assertThat(post("{\"readings\":[" + row(BASE, "1") + "]}").statusCode()).isEqualTo(200);

        HttpResponse<String> response =
                get("/api/v1/series/" + series + "/readings?from=-999999999-01-01T00:00:00Z&to=2024-04-01T00:00:00Z");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).endsWith("/invalid-range");
        assertThat(problem.path("field").asString()).isEqualTo("from");
    }

    @Test
    void refusesABodyOverTheRequestLimitWithA413ProblemBeforeReadingIt() throws Exception {
        String body = "{\"readings\":[" + row(BASE, "1") + "],\"pad\":\"" + "x".repeat(9 * 1024 * 1024) + "\"}";

        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).path("type").asString()).endsWith("/payload-too-large");
    }
}
