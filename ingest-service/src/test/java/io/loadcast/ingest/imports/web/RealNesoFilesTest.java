package io.loadcast.ingest.imports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.loadcast.ingest.IngestIntegrationTest;
import io.loadcast.ingest.TestHttp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real NESO files of ../shared/data/gb-demand (two years here, one per date format and with both clock changes;
 * all seven in bench/ingest-neso-import.sh).
 */
@IngestIntegrationTest
class RealNesoFilesTest {

    static final Path DATA = Path.of("../../shared/data/gb-demand");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2019, 17520, 19, 2019-03-31, 2019-03-31T00:00:00Z, 2019-10-27, 2019-10-26T23:00:00Z",
        "2024, 17568, 20, 2024-03-31, 2024-03-31T00:00:00Z, 2024-10-27, 2024-10-26T23:00:00Z"
    })
    void importsEveryRowOfTheYearAndPlacesClockChangeDaysAtTheRightInstants(
            int year, int rows, int series, String spring, String springStart, String autumn, String autumnStart)
            throws Exception {
        Path file = DATA.resolve("demanddata_" + year + ".csv.gz");
        assumeTrue(Files.exists(file), file + " absent");
        TestHttp http = new TestHttp(port);

        JsonNode report = JSON.readTree(
                http.upload("/api/v1/imports/neso", file.getFileName().toString(), Files.readAllBytes(file))
                        .body());

        assertThat(report.path("rowsRead").asInt()).isEqualTo(rows);
        assertThat(report.path("rowsStored").asInt()).isEqualTo(rows);
        assertThat(report.path("rowsRejected").asInt()).isZero();
        assertThat(report.path("missingPeriodCount").asInt()).isZero();
        assertThat(report.path("series")).hasSize(series);
        assertThat(report.path("from").asString()).isEqualTo(year + "-01-01T00:00:00Z");
        assertThat(report.path("to").asString()).isEqualTo((year + 1) + "-01-01T00:00:00Z");
        assertThat(halfHours(http, springStart, 23)).hasSize(46).first().isEqualTo(springStart);
        List<String> autumnDay = halfHours(http, autumnStart, 25);
        assertThat(autumnDay).hasSize(50).doesNotHaveDuplicates();
        assertThat(autumnDay.get(49))
                .isEqualTo(java.time.Instant.parse(autumnStart)
                        .plusSeconds(49 * 1800)
                        .toString());
    }

    private List<String> halfHours(TestHttp http, String start, int hours) throws Exception {
        java.time.Instant from = java.time.Instant.parse(start);
        JsonNode body = JSON.readTree(http.get(
                                "/api/v1/series/GB-ND/readings?from=" + from + "&to=" + from.plusSeconds(hours * 3600L))
                        .body())
                .path("readings");
        List<String> instants = new ArrayList<>();
        body.forEach(r -> instants.add(r.path("timestamp").asString()));
        return instants;
    }
}
