package io.loadcast.ingest.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.loadcast.ingest.IngestIntegrationTest;
import io.loadcast.ingest.IngestProperties;
import io.loadcast.ingest.readings.IngestMetrics;
import io.loadcast.ingest.readings.ReadingIngestion;
import io.loadcast.ingest.readings.ReadingQueries;
import io.loadcast.ingest.readings.SeriesCatalog;
import io.loadcast.ingest.weather.Weather;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

@IngestIntegrationTest
class ConnectorsTest {

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
    ConnectorSchedule configured;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Weather weather;

    private final PublicApiServer server = new PublicApiServer();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-31T12:00:00Z"));
    private final List<ConnectorSchedule> schedules = new ArrayList<>();

    @AfterEach
    void tearDown() {
        schedules.forEach(ConnectorSchedule::close);
        server.close();
    }

    @Test
    void isOffWithoutABaseUrlAndBindsTheDefaultLocation() {
        assertThat(configured.active()).isFalse();
        assertThat(properties.connectors().openMeteo().locations())
                .containsExactly(new IngestProperties.Location("LONDON", 51.5072, -0.1276));
        assertThat(configured.pullNeso()).isNull();
        assertThat(configured.pullOpenMeteo()).isEmpty();
    }

    @Test
    void pullsNesoDemandPageByPageLikeAnImportThenOnlyNewerPeriods() {
        server.route(
                "/api/3/action/datastore_search",
                ApiResponses.datastoreSearch(
                        ApiResponses.nesoRecords(LocalDate.parse("2025-03-29"), LocalDate.parse("2025-03-31"))));
        ConnectorSchedule schedule = schedule(neso(50), openMeteoOff());

        PullReport first = schedule.pullNeso();

        // 29 March: 48 periods, 30 March (clocks forward): 46, 31 March: periods 1-26 are past at 12:00Z
        assertThat(first.outcome()).isEqualTo("success");
        assertThat(first.rowsRejected()).isZero();
        assertThat(first.readingsStored()).isEqualTo(120 * 4);
        assertThat(server.requests).hasSize(3);
        assertThat(server.requests.get(0))
                .containsEntry("resource_id", ApiResponses.RESOURCE)
                .containsEntry("sort", "SETTLEMENT_DATE desc,SETTLEMENT_PERIOD desc")
                .containsEntry("limit", "50");
        assertThat(instants("GB-ND", "2025-03-30T00:00:00Z", "2025-03-30T23:00:00Z"))
                .hasSize(46)
                .startsWith(Instant.parse("2025-03-30T00:00:00Z"))
                .endsWith(Instant.parse("2025-03-30T22:30:00Z"));
        assertThat(instants("GB-ND", "2025-03-29T00:00:00Z", "2025-04-01T00:00:00Z"))
                .hasSize(120)
                .endsWith(Instant.parse("2025-03-31T11:30:00Z"));
        assertThat(value("GB-NEMO_FLOW", "2025-03-30T00:00:00Z")).isEqualTo(-500.0);
        assertThat(value("GB-EMBEDDED_WIND_GENERATION", "2025-03-30T00:00:00Z")).isEqualTo(1500.5);
        assertThat(catalog.find("GB-FORECAST_ACTUAL_INDICATOR")).isEmpty();

        clock.set(Instant.parse("2025-03-31T14:00:00Z"));
        PullReport second = schedule.pullNeso();

        assertThat(second.readingsStored()).isEqualTo(4 * 4);
        assertThat(server.requests).hasSize(4);
        assertThat(instants("GB-ND", "2025-03-29T00:00:00Z", "2025-04-01T00:00:00Z"))
                .hasSize(124)
                .endsWith(Instant.parse("2025-03-31T13:30:00Z"));
    }

    @Test
    void countsAFailingServerAndStoresNothing() {
        server.route("/api/3/action/datastore_search", query -> new PublicApiServer.Answer(503, "{}"));
        server.route("/v1/forecast", query -> new PublicApiServer.Answer(500, "{\"error\":true}"));
        ConnectorSchedule schedule = schedule(neso(50), openMeteo("FAILTOWN"));
        double nesoBefore = pulls("neso", "failed");
        double meteoBefore = pulls("open_meteo", "failed");

        assertThat(schedule.pullNeso().outcome()).isEqualTo("failed");
        assertThat(schedule.pullOpenMeteo()).extracting(PullReport::outcome).containsExactly("failed");

        assertThat(pulls("neso", "failed")).isEqualTo(nesoBefore + 1);
        assertThat(pulls("open_meteo", "failed")).isEqualTo(meteoBefore + 1);
        assertThat(catalog.find("WEATHER-FAILTOWN-TEMPERATURE")).isEmpty();
        // bounded retries: the first try and JsonFetcher.RETRIES more, then the pull gives up
        assertThat(server.requests).hasSize(2 * (1 + JsonFetcher.RETRIES));
    }

    @Test
    void retriesAServerErrorAndStoresWhatTheNextAnswerHolds() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        List<Double> celsius = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            celsius.add(5.0 + h);
        }
        String good = ApiResponses.openMeteo(Instant.parse("2025-03-30T00:00:00Z"), celsius, "°C");
        server.route(
                "/v1/forecast",
                query -> calls.getAndIncrement() == 0
                        ? new PublicApiServer.Answer(503, "{}")
                        : new PublicApiServer.Answer(200, good));
        ConnectorSchedule schedule = schedule(nesoOff(), openMeteo("RETRYTOWN"));

        assertThat(schedule.pullOpenMeteo()).extracting(PullReport::outcome).containsExactly("success");

        assertThat(calls).hasValue(2);
        assertThat(instants("WEATHER-RETRYTOWN-TEMPERATURE", "2025-03-30T00:00:00Z", "2025-03-31T00:00:00Z"))
                .hasSize(24);
    }

    @Test
    void storesNothingOfAPullWhoseSecondPageIsMalformed() {
        List<String> records = ApiResponses.nesoRecords(LocalDate.parse("2025-05-01"), LocalDate.parse("2025-05-02"));
        var good = ApiResponses.datastoreSearch(records);
        server.route(
                "/api/3/action/datastore_search",
                query -> query.containsKey("offset")
                        ? new PublicApiServer.Answer(200, "{\"success\":true,\"result\":{\"records\":\"oops\"}}")
                        : good.apply(query));
        clock.set(Instant.parse("2025-05-03T00:00:00Z"));
        ConnectorSchedule schedule = schedule(neso(50), openMeteoOff());
        double before = pulls("neso", "malformed");

        PullReport report = schedule.pullNeso();

        assertThat(report.outcome()).isEqualTo("malformed");
        assertThat(report.problem()).contains("records");
        assertThat(pulls("neso", "malformed")).isEqualTo(before + 1);
        assertThat(instants("GB-ND", "2025-04-30T00:00:00Z", "2025-05-03T00:00:00Z"))
                .isEmpty();
    }

    @Test
    void pullsPastHoursOfTemperatureOnceAndRefusesOtherUnitsOrRaggedArrays() {
        List<Double> celsius = new ArrayList<>();
        for (int h = 0; h < 72; h++) {
            celsius.add(h == 5 ? (Double) null : Double.valueOf(Math.round((4.0 + 0.1 * h) * 10) / 10.0));
        }
        Instant start = Instant.parse("2025-03-29T00:00:00Z");
        server.route("/v1/forecast", query -> switch (query.get("latitude")) {
            case "50.0" -> new PublicApiServer.Answer(200, ApiResponses.openMeteo(start, celsius, "°F"));
            case "49.0" ->
                new PublicApiServer.Answer(
                        200, ApiResponses.openMeteo(start, celsius, "°C").replace("[4.0,", "["));
            default -> new PublicApiServer.Answer(200, ApiResponses.openMeteo(start, celsius, "°C"));
        });
        IngestProperties.OpenMeteo config = new IngestProperties.OpenMeteo(
                server.baseUrl(),
                List.of(
                        new IngestProperties.Location("TESTVILLE", 51.5, -0.12),
                        new IngestProperties.Location("FAHRENHEIT", 50.0, 0),
                        new IngestProperties.Location("RAGGED", 49.0, 0)),
                2,
                Duration.ofHours(1),
                2);
        ConnectorSchedule schedule = schedule(nesoOff(), config);

        List<PullReport> reports = schedule.pullOpenMeteo();

        // 29 March 00:00 to 31 March 12:00 are past: 61 hours, one of them without a value
        assertThat(reports).extracting(PullReport::outcome).containsExactly("success", "malformed", "malformed");
        assertThat(reports.get(0).readingsStored()).isEqualTo(60);
        assertThat(server.requests.get(0))
                .containsEntry("hourly", "temperature_2m,cloud_cover,shortwave_radiation,wind_speed_10m")
                .containsEntry("forecast_days", "2")
                .containsEntry("timezone", "UTC")
                .containsEntry("past_days", "2");
        assertThat(catalog.find("WEATHER-TESTVILLE-TEMPERATURE").orElseThrow()).satisfies(series -> {
            assertThat(series.unit()).isEqualTo("degC");
            assertThat(series.resolution()).isEqualTo("PT1H");
            assertThat(series.signed()).isTrue();
        });
        assertThat(value("WEATHER-TESTVILLE-TEMPERATURE", "2025-03-29T01:00:00Z"))
                .isEqualTo(4.1);
        assertThat(instants("WEATHER-TESTVILLE-TEMPERATURE", "2025-03-29T00:00:00Z", "2025-04-01T00:00:00Z"))
                .hasSize(60)
                .doesNotContain(Instant.parse("2025-03-29T05:00:00Z"))
                .endsWith(Instant.parse("2025-03-31T12:00:00Z"));
        assertThat(instants("WEATHER-FAHRENHEIT-TEMPERATURE", "2025-03-29T00:00:00Z", "2025-04-01T00:00:00Z"))
                .isEmpty();
        assertThat(instants("WEATHER-RAGGED-TEMPERATURE", "2025-03-29T00:00:00Z", "2025-04-01T00:00:00Z"))
                .isEmpty();

        assertThat(schedule.pullOpenMeteo().get(0).readingsStored()).isZero();
    }

    @Test
    void runsAtTheConfiguredIntervalOnceStarted() {
        Instant start = Instant.parse("2025-03-30T00:00:00Z");
        server.route(
                "/v1/forecast",
                query -> new PublicApiServer.Answer(
                        200, ApiResponses.openMeteo(start, Collections.nCopies(24, 7.5), "°C")));
        ConnectorSchedule schedule = schedule(
                nesoOff(),
                new IngestProperties.OpenMeteo(
                        server.baseUrl(),
                        List.of(new IngestProperties.Location("TICKTOWN", 52.0, 1.0)),
                        1,
                        Duration.ofMillis(200),
                        2));

        schedule.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> server.requests.size() >= 3);
        assertThat(instants("WEATHER-TICKTOWN-TEMPERATURE", "2025-03-30T00:00:00Z", "2025-03-31T00:00:00Z"))
                .hasSize(24);
    }

    private ConnectorSchedule schedule(IngestProperties.Neso neso, IngestProperties.OpenMeteo openMeteo) {
        IngestProperties p = properties;
        IngestProperties custom = p.withConnectors(new IngestProperties.Connectors(neso, openMeteo));
        ConnectorSchedule schedule = new ConnectorSchedule(
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
        schedules.add(schedule);
        return schedule;
    }

    private IngestProperties.Neso neso(int pageSize) {
        return new IngestProperties.Neso(server.baseUrl(), ApiResponses.RESOURCE, pageSize, 50, Duration.ofHours(1));
    }

    private static IngestProperties.Neso nesoOff() {
        return new IngestProperties.Neso("", ApiResponses.RESOURCE, 1000, 50, Duration.ofHours(1));
    }

    private IngestProperties.OpenMeteo openMeteo(String location) {
        return new IngestProperties.OpenMeteo(
                server.baseUrl(), List.of(new IngestProperties.Location(location, 51, 0)), 2, Duration.ofHours(1), 2);
    }

    private static IngestProperties.OpenMeteo openMeteoOff() {
        return new IngestProperties.OpenMeteo("", List.of(), 2, Duration.ofHours(1), 2);
    }

    private double pulls(String connector, String outcome) {
        return meters.get("loadcast.ingest.connector.pulls")
                .tags("connector", connector, "outcome", outcome)
                .counter()
                .count();
    }

    private List<Instant> instants(String seriesId, String from, String to) {
        return jdbc
                .queryForList(
                        "select r.ts from readings r join series s on s.key = r.series_key"
                                + " where s.id = ? and r.ts >= ?::timestamptz and r.ts < ?::timestamptz order by r.ts",
                        java.time.OffsetDateTime.class,
                        seriesId,
                        from,
                        to)
                .stream()
                .map(java.time.OffsetDateTime::toInstant)
                .toList();
    }

    private Double value(String seriesId, String at) {
        return jdbc.queryForObject(
                "select r.value from readings r join series s on s.key = r.series_key"
                        + " where s.id = ? and r.ts = ?::timestamptz",
                Double.class,
                seriesId,
                at);
    }

    /** A clock the test moves forward between pulls. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
