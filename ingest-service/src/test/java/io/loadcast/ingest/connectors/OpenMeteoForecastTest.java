package io.loadcast.ingest.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.ingest.IngestIntegrationTest;
import io.loadcast.ingest.IngestProperties;
import io.loadcast.ingest.TestHttp;
import io.loadcast.ingest.readings.IngestMetrics;
import io.loadcast.ingest.readings.ReadingIngestion;
import io.loadcast.ingest.readings.ReadingQueries;
import io.loadcast.ingest.readings.SeriesCatalog;
import io.loadcast.ingest.weather.Weather;
import io.loadcast.ingest.weather.domain.WeatherRow;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Open-Meteo connector stores each pull's forecast with its issue time, against an HTTP stand-in of Open-Meteo
 * answering with two answers in the API's forecast format (test resources {@code open-meteo/}: 72 hours of
 * temperature, wind, cloud and radiation from 2025-03-30, the second 2 C warmer and 2 km/h windier), and the weather
 * API answers "the latest issue at or before T" per hour.
 */
@IngestIntegrationTest
class OpenMeteoForecastTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    IngestProperties properties;

    @Autowired
    JsonMapper json;

    @Autowired
    SeriesCatalog catalog;

    @Autowired
    ReadingQueries queries;

    @Autowired
    ReadingIngestion ingestion;

    @Autowired
    IngestMetrics ingestMetrics;

    @Autowired
    ConnectorMetrics connectorMetrics;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Weather weather;

    @LocalServerPort
    int port;

    private final PublicApiServer server = new PublicApiServer();

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void keepsEveryIssueAndAnswersTheLatestIssuedByTheAsOfTime() throws Exception {
        AtomicReference<String> answer = new AtomicReference<>(resource("forecast-london-2025-03-31T12.json"));
        server.route("/v1/forecast", query -> new PublicApiServer.Answer(200, answer.get()));
        ConnectorsTest.MutableClock clock = new ConnectorsTest.MutableClock(Instant.parse("2025-03-31T12:00:00Z"));
        ConnectorSchedule schedule = schedule(clock);

        assertThat(schedule.pullOpenMeteo()).extracting(PullReport::outcome).containsExactly("success");
        clock.set(Instant.parse("2025-03-31T18:00:00Z"));
        answer.set(resource("forecast-london-2025-03-31T18.json"));
        assertThat(schedule.pullOpenMeteo()).extracting(PullReport::outcome).containsExactly("success");

        Instant from = Instant.parse("2025-03-31T00:00:00Z");
        Instant to = Instant.parse("2025-04-02T00:00:00Z");
        List<WeatherRow> before =
                weather.latestForecast("FORECASTVILLE", Instant.parse("2025-03-31T11:59:00Z"), from, to);
        assertThat(before).isEmpty();
        List<WeatherRow> firstIssue =
                weather.latestForecast("FORECASTVILLE", Instant.parse("2025-03-31T15:00:00Z"), from, to);
        assertThat(firstIssue)
                .hasSize(36)
                .allSatisfy(row -> assertThat(row.issuedAt()).isEqualTo(Instant.parse("2025-03-31T12:00:00Z")));
        assertThat(firstIssue.get(6).validTime()).isEqualTo(Instant.parse("2025-03-31T18:00:00Z"));
        assertThat(firstIssue.get(6).values().temperature()).isEqualTo(10.7);
        assertThat(firstIssue.get(6).values().windSpeed()).isEqualTo(8.0);

        JsonNode latest = JSON.readTree(new TestHttp(port)
                .get("/api/v1/weather/FORECASTVILLE/forecast?issuedBy=2025-03-31T19:00:00Z&from=" + from + "&to=" + to)
                .body());
        JsonNode points = latest.path("points");
        // 12:00-17:00 only the first issue covers; from 18:00 the second, later issue wins
        assertThat(points).hasSize(36);
        assertThat(points.get(5).path("issuedAt").asString()).isEqualTo("2025-03-31T12:00:00Z");
        assertThat(points.get(6).path("issuedAt").asString()).isEqualTo("2025-03-31T18:00:00Z");
        assertThat(points.get(6).path("temperature").asDouble()).isEqualTo(12.7);
        assertThat(points.get(6).path("windSpeed").asDouble()).isEqualTo(10.0);
        assertThat(points.get(6).path("cloudCover").isNumber()).isTrue();
        assertThat(points.get(6).path("radiation").isNumber()).isTrue();

        // the hours before each pull are actuals: 30 March 00:00 to 31 March 17:00 (the second pull adds 12:00-17:00)
        List<WeatherRow> actuals = weather.actuals(
                "FORECASTVILLE", Instant.parse("2025-03-30T00:00:00Z"), Instant.parse("2025-04-02T00:00:00Z"));
        assertThat(actuals)
                .hasSize(42)
                .allSatisfy(row -> assertThat(row.issuedAt()).isNull());
        assertThat(actuals.get(41).validTime()).isEqualTo(Instant.parse("2025-03-31T17:00:00Z"));
    }

    private ConnectorSchedule schedule(Clock clock) {
        IngestProperties p = properties;
        IngestProperties.OpenMeteo openMeteo = new IngestProperties.OpenMeteo(
                server.baseUrl(),
                List.of(new IngestProperties.Location("FORECASTVILLE", 51.5, -0.12)),
                1,
                Duration.ofHours(1),
                2);
        IngestProperties custom =
                p.withConnectors(new IngestProperties.Connectors(p.connectors().neso(), openMeteo));
        return new ConnectorSchedule(
                custom,
                json,
                catalog,
                queries,
                ingestion,
                ingestMetrics,
                connectorMetrics,
                new ConnectorLock(jdbc),
                weather,
                clock);
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = OpenMeteoForecastTest.class.getResourceAsStream("/open-meteo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
