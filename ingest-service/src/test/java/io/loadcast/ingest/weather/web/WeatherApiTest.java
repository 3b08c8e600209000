package io.loadcast.ingest.weather.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.loadcast.ingest.IngestIntegrationTest;
import io.loadcast.ingest.TestHttp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shared weather files imported as actuals through the API, read back, and bad requests as problems. */
@IngestIntegrationTest
class WeatherApiTest {

    static final Path DATA = Path.of("../../shared/data/weather");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp(port);
    }

    @Test
    void importsTheSharedHourlyOpenMeteoFileAsActualsOnLocalTimes() throws Exception {
        Path file = DATA.resolve("london_hourly_openmeteo_20231111_20241231.csv");
        assumeTrue(Files.exists(file), file + " absent");

        JsonNode report = JSON.readTree(http.upload(
                        "/api/v1/imports/weather?location=HOURLYTOWN",
                        file.getFileName().toString(),
                        Files.readAllBytes(file))
                .body());

        assertThat(report.path("source").asString()).isEqualTo("OPEN_METEO_HOURLY_FILE");
        assertThat(report.path("rowsRead").asLong()).isEqualTo(10008);
        assertThat(report.path("rowsRejected").asLong()).isZero();
        // 2023-11-11 00:00 London is 00:00Z (GMT); 2024-12-31 23:00 too
        assertThat(report.path("from").asString()).isEqualTo("2023-11-11T00:00:00Z");
        assertThat(report.path("to").asString()).isEqualTo("2024-12-31T23:00:00Z");
        JsonNode july = JSON.readTree(
                http.get("/api/v1/weather/HOURLYTOWN/actuals?from=2024-07-01T00:00:00Z&to=2024-07-02T00:00:00Z")
                        .body());
        // 1 July 2024 is summer time: local 01:00 .. 2 July 00:00 fall on this UTC day
        assertThat(july.path("points")).hasSize(24);
        assertThat(july.at("/points/0/resolution").asString()).isEqualTo("PT1H");
        assertThat(july.at("/points/0/windSpeed").isNumber()).isTrue();
        assertThat(july.at("/points/0/radiation").isNull()).isTrue();
    }

    @Test
    void importsTheSharedDailyHeathrowFileAsLocalDaysWithCloudInPercent() throws Exception {
        Path file = DATA.resolve("london_weather_daily_1979_2020.csv.gz");
        assumeTrue(Files.exists(file), file + " absent");

        JsonNode report = JSON.readTree(http.upload(
                        "/api/v1/imports/weather?location=DAILYTOWN",
                        file.getFileName().toString(),
                        Files.readAllBytes(file))
                .body());

        assertThat(report.path("source").asString()).isEqualTo("HEATHROW_DAILY_FILE");
        assertThat(report.path("resolution").asString()).isEqualTo("P1D");
        assertThat(report.path("rowsRead").asLong()).isEqualTo(15341);
        JsonNode june = JSON.readTree(
                http.get("/api/v1/weather/DAILYTOWN/actuals?from=2019-06-01T00:00:00Z&to=2019-06-03T00:00:00Z")
                        .body());
        // local midnight in summer is 23:00Z the day before: 1 and 2 June start at 31 May 23:00Z and 1 June 23:00Z
        assertThat(june.path("points")).hasSize(2);
        assertThat(june.at("/points/0/validTime").asString()).isEqualTo("2019-06-01T23:00:00Z");
        assertThat(june.at("/points/0/cloudCover").asDouble() % 12.5).isZero();
    }

    @Test
    void reportsUnreadableLinesWithTheirNumberAndStoresTheRest() throws Exception {
        String csv = "datetime,temperature,wind_speed,cloud_cover\n"
                + "2022-01-01 00:00:00,4.0,10.0,50\n"
                + "2022-01-01 01:00:00,warm,10.0,50\n"
                + "2022-01-01 02:00:00,,,\n"
                + "2022-13-01 03:00:00,4.0,10.0,50\n";

        HttpResponse<String> response =
                http.upload("/api/v1/imports/weather?location=BADLINES", "w.csv", csv.getBytes(StandardCharsets.UTF_8));

        JsonNode report = JSON.readTree(response.body());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(report.path("rowsStored").asLong()).isEqualTo(1);
        assertThat(report.path("rowsRejected").asLong()).isEqualTo(3);
        assertThat(report.at("/rejected/0/line").asLong()).isEqualTo(3);
        assertThat(report.at("/rejected/0/column").asString()).isEqualTo("temperature");
        assertThat(report.at("/rejected/2/column").asString()).isEqualTo("datetime");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/weather/LONDON/actuals?from=2024-01-02T00:00:00Z&to=2024-01-01T00:00:00Z | invalid-range | from",
                "/api/v1/weather/LONDON/actuals?from=1800-01-01T00:00:00Z&to=2024-01-01T00:00:00Z | invalid-range | from",
                "/api/v1/weather/LONDON/actuals?from=2000-01-01T00:00:00Z&to=2024-01-01T00:00:00Z | invalid-range | to",
                "/api/v1/weather/london/actuals?from=2024-01-01T00:00:00Z&to=2024-01-02T00:00:00Z | invalid-request | location",
                "/api/v1/weather/LONDON/forecast?issuedBy=1700-01-01T00:00:00Z&from=2024-01-01T00:00:00Z&to=2024-01-02T00:00:00Z | invalid-range | issuedBy",
            })
    void answersBadReadsWithAProblemNamingTheField(String path, String type, String field) throws Exception {
        HttpResponse<String> response = http.get(path);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).endsWith("/" + type);
        assertThat(problem.path("field").asString()).isEqualTo(field);
    }

    @Test
    void answersAMissingOrUnparseableTimeWithAProblem() throws Exception {
        HttpResponse<String> missing = http.get("/api/v1/weather/LONDON/forecast?from=2024-01-01T00:00:00Z&to=x");

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
    }

    @Test
    void refusesAFileOfAnotherLayoutOrZone() throws Exception {
        byte[] csv = "when,temp\n2022-01-01,4\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> layout = http.upload("/api/v1/imports/weather?location=X", "a.csv", csv);
        HttpResponse<String> zone = http.upload("/api/v1/imports/weather?location=X&zone=Mars/Base", "a.csv", csv);

        assertThat(layout.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(layout.body()).path("type").asString()).endsWith("/missing-column");
        assertThat(zone.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(zone.body()).path("field").asString()).isEqualTo("zone");
    }
}
