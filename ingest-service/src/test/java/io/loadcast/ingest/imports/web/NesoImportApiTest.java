package io.loadcast.ingest.imports.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.ingest.IngestIntegrationTest;
import io.loadcast.ingest.TestHttp;
import io.loadcast.ingest.imports.domain.NesoCsvFixture;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** NESO imports of files the tests build (dates in 2010-2012, so they never meet the real years). */
@IngestIntegrationTest
class NesoImportApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String IMPORT = "/api/v1/imports/neso";

    @LocalServerPort
    int port;

    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp(port);
    }

    @Test
    void importsAFileAndReportsRowsRejectsDuplicatesGapsAndRange() throws Exception {
        String csv = NesoCsvFixture.days(
                        LocalDate.of(2010, 1, 1), LocalDate.of(2010, 1, 2), NesoCsvFixture.UPPER_2015, true, false)
                .replace("02-JAN-2010,7,", "02-JAN-2010,77,")
                .replace("01-JAN-2010,10,", "01-JAN-2010,9,");

        HttpResponse<String> response =
                http.upload(IMPORT, "demanddata_2010.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.path("rowsRead").asInt()).isEqualTo(96);
        assertThat(report.path("rowsStored").asInt()).isEqualTo(94);
        assertThat(report.path("rowsRejected").asInt()).isEqualTo(1);
        assertThat(report.at("/rejected/0/line").asInt()).isEqualTo(56);
        assertThat(report.at("/rejected/0/reason").asString()).isEqualTo("INVALID_PERIOD");
        assertThat(report.path("duplicateRows").asInt()).isEqualTo(1);
        assertThat(report.path("duplicateLines").get(0).asInt()).isEqualTo(11);
        assertThat(report.path("missingPeriodCount").asInt()).isEqualTo(2);
        assertThat(report.path("readingsInserted").asInt()).isEqualTo(94 * 4);
        assertThat(report.path("from").asString()).isEqualTo("2010-01-01T00:00:00Z");
        assertThat(report.path("to").asString()).isEqualTo("2010-01-03T00:00:00Z");
        assertThat(report.path("series"))
                .extracting(JsonNode::asString)
                .containsExactly("GB-ND", "GB-TSD", "GB-EMBEDDED_SOLAR_GENERATION", "GB-IFA_FLOW");
        JsonNode flow = JSON.readTree(http.get("/api/v1/series/GB-IFA_FLOW").body());
        assertThat(flow.path("signed").asBoolean()).isTrue();
    }

    @Test
    void reimportingTheSameFileStoresNothingNew() throws Exception {
        byte[] csv = NesoCsvFixture.days(
                        LocalDate.of(2011, 2, 1), LocalDate.of(2011, 2, 1), NesoCsvFixture.SHORT_2019, false, false)
                .getBytes(StandardCharsets.UTF_8);
        assertThat(http.upload(IMPORT, "a.csv", csv).statusCode()).isEqualTo(200);

        JsonNode again = JSON.readTree(http.upload(IMPORT, "a.csv", csv).body());

        assertThat(again.path("readingsInserted").asInt()).isZero();
        assertThat(again.path("readingsRevised").asInt()).isZero();
        assertThat(again.path("readingsUnchanged").asInt()).isEqualTo(48 * 4);
    }

    @Test
    void keepsGoodLinesOfAFileWithBytesThatAreNotUtf8() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(NesoCsvFixture.days(
                        LocalDate.of(2012, 5, 1), LocalDate.of(2012, 5, 1), NesoCsvFixture.UPPER_2015, true, false)
                .getBytes(StandardCharsets.UTF_8));
        file.write("01-MAY-2012,1,2".getBytes(StandardCharsets.UTF_8));
        file.write(new byte[] {(byte) 0xff, (byte) 0xfe});
        file.write(",1,1,1\n".getBytes(StandardCharsets.UTF_8));

        JsonNode report = JSON.readTree(
                http.upload(IMPORT, "latin.csv", file.toByteArray()).body());

        assertThat(report.path("rowsStored").asInt()).isEqualTo(48);
        assertThat(report.at("/rejected/0/line").asInt()).isEqualTo(50);
        assertThat(report.at("/rejected/0/reason").asString()).isEqualTo("NOT_UTF8");
    }

    @Test
    void answersAnEmptyFileWithAProblem() throws Exception {
        HttpResponse<String> response = http.upload(IMPORT, "empty.csv", new byte[0]);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("type").asString())
                .isEqualTo("https://loadcast.io/problems/empty-file");
    }

    @Test
    void answersAFileWithoutTheSettlementPeriodColumnWithAProblem() throws Exception {
        HttpResponse<String> response = http.upload(
                IMPORT, "bad.csv", "SETTLEMENT_DATE,ND\n01-JAN-2012,20000\n".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://loadcast.io/problems/missing-column");
        assertThat(problem.path("detail").asString()).contains("SETTLEMENT_PERIOD");
    }

    @Test
    void answersA200MegabyteUploadWithPayloadTooLarge() throws Exception {
        long size = 200L * 1024 * 1024;
        InputStream zeros = new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? '0' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) '0');
                left -= n;
                return n;
            }
        };

        HttpResponse<String> response = http.upload(IMPORT, "huge.csv", zeros, size);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"status\":413");
    }
}
