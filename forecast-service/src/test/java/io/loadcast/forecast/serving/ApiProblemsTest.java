package io.loadcast.forecast.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.testing.Http;
import io.loadcast.forecast.testing.RunningServiceTest;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Bad input gets a clear RFC 9457 problem naming the field, and serving goes on. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiProblemsTest extends RunningServiceTest {

    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    @BeforeAll
    void trainOnce() throws Exception {
        http = new Http(port);
        HalfHourlySeries series = SyntheticDemand.series("BAD", START, 21, 8);
        double[] gappy = series.values().clone();
        for (int i = 100; i < gappy.length; i += 7) {
            gappy[i] = Double.NaN;
        }
        ingest.put(new HalfHourlySeries("BAD", START, gappy));
        JsonNode run = http.train("""
                {"seriesIds":["BAD"],"from":"2024-01-01T00:00:00Z","to":"2024-01-22T00:00:00Z","model":"linear",
                 "hyperparameters":{"backtestWeeks":"1","lookback":"96"}}""");
        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "horizon over 96       | {\"seriesId\":\"BAD\",\"horizon\":97}                                          | 400 | horizon",
                "origin in the future  | {\"seriesId\":\"BAD\",\"origin\":\"2999-01-01T00:00:00Z\",\"horizon\":4}      | 400 | origin",
                "origin off the grid   | {\"seriesId\":\"BAD\",\"origin\":\"2024-01-10T00:10:00Z\",\"horizon\":4}      | 400 | origin",
                "origin before data    | {\"seriesId\":\"BAD\",\"origin\":\"2023-06-01T00:00:00Z\",\"horizon\":4}      | 422 | origin",
                "too little history    | {\"seriesId\":\"BAD\",\"origin\":\"2024-01-01T12:00:00Z\",\"horizon\":4}      | 422 | origin",
                "unknown series        | {\"seriesId\":\"NOPE\",\"origin\":\"2024-01-10T00:00:00Z\",\"horizon\":4}     | 404 | seriesId",
                "unknown version       | {\"seriesId\":\"BAD\",\"origin\":\"2024-01-10T00:00:00Z\",\"modelVersion\":\"42\"} | 404 | modelVersion",
                "missing series        | {\"horizon\":4}                                                               | 400 | seriesId"
            })
    void refusesBadForecastRequestsWithAProblemNamingTheField(String why, String body, int status, String field)
            throws Exception {
        HttpResponse<String> response = http.post("/api/v1/forecasts", body, false);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = Http.json(response);
        assertThat(problem.path("type").asString()).startsWith("https://loadcast.io/problems/");
        assertThat(problem.toString()).contains(field);
    }

    @Test
    void servesFromGappyHistoryAndKeepsServingAfterBadRequests() throws Exception {
        http.post("/api/v1/forecasts", "{\"seriesId\":\"BAD\",\"horizon\":97}", false);

        HttpResponse<String> ok = http.post(
                "/api/v1/forecasts", "{\"seriesId\":\"BAD\",\"origin\":\"2024-01-15T00:00:00Z\",\"horizon\":8}", false);

        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        for (JsonNode p : Http.json(ok).path("points")) {
            assertThat(Double.isFinite(p.path("value").asDouble())).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown model          | {\"seriesIds\":[\"BAD\"],\"model\":\"prophet\"}                           | model",
                "unknown hyperparameter | {\"seriesIds\":[\"BAD\"],\"hyperparameters\":{\"depth\":\"3\"}}           | hyperparameters.depth",
                "non-numeric value      | {\"seriesIds\":[\"BAD\"],\"hyperparameters\":{\"lookback\":\"many\"}}     | hyperparameters.lookback",
                "another family's key   | {\"seriesIds\":[\"BAD\"],\"hyperparameters\":{\"epochs\":\"3\"}}        | hyperparameters.epochs",
                "no series              | {\"seriesIds\":[]}                                                       | seriesIds"
            })
    void refusesBadTrainingRequests(String why, String body, String field) throws Exception {
        HttpResponse<String> response = http.post("/api/v1/training-runs", body, true);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(field);
    }

    @Test
    void marksRunFailedInServiceAndRegistryWhenHistoryIsTooShort() throws Exception {
        ingest.put(SyntheticDemand.series("SHORT", START, 3, 9));

        JsonNode run = http.train("""
                {"seriesIds":["SHORT"],"from":"2024-01-01T00:00:00Z","to":"2024-01-04T00:00:00Z","model":"linear"}""");

        assertThat(run.path("status").asString()).isEqualTo("FAILED");
        assertThat(run.path("error").asString()).contains("too little history");
        assertThat(registry.run(run.path("registryRunId").asString()).status()[0])
                .isEqualTo("FAILED");
    }

    @Test
    void championEndpointGivesVersionAndDownloadUrlOrNotFound() throws Exception {
        registry.setAlias("forecast-bad", "champion", "1");

        JsonNode champion = Http.json(http.get("/api/v1/models/forecast-bad/champion"));

        assertThat(champion.path("version").asString()).isEqualTo("1");
        assertThat(champion.path("family").asString()).isEqualTo("linear");
        assertThat(champion.path("downloadUrl").asString())
                .contains("/api/2.0/mlflow-artifacts/artifacts/")
                .endsWith("model/model.zip");
        assertThat(http.get("/api/v1/models/forecast-none/champion").statusCode())
                .isEqualTo(404);
    }
}
