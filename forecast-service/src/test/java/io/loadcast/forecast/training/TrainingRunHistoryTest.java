package io.loadcast.forecast.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.testing.ForecastIntegrationTest;
import io.loadcast.forecast.testing.Http;
import io.loadcast.forecast.testing.IngestStub;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Training runs are kept in PostgreSQL and listed newest first, filtered by series and status. */
@ForecastIntegrationTest
class TrainingRunHistoryTest {

    @LocalServerPort
    int port;

    @Autowired
    IngestStub ingest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RunHistory history;

    @Test
    void listsRunsNewestFirstByStatusAndKeepsThemInPostgres() throws Exception {
        Http http = new Http(port);
        ingest.put(SyntheticDemand.series("HIST", Instant.parse("2024-05-06T00:00:00Z"), 21, 41));
        String body = """
                {"seriesIds":["HIST"],"from":"2024-05-06T00:00:00Z","to":"%s","model":"seasonal-naive",
                 "hyperparameters":{"backtestWeeks":"1"}}""";
        JsonNode ok = http.train(body.formatted("2024-05-27T00:00:00Z"));
        JsonNode failed = http.train(body.formatted("2024-05-07T00:00:00Z"));

        JsonNode all = Http.json(http.get("/api/v1/training-runs?seriesId=HIST"));
        assertThat(all).hasSize(2);
        assertThat(all.get(0).path("id").asString()).isEqualTo(failed.path("id").asString());
        assertThat(all.get(1).path("id").asString()).isEqualTo(ok.path("id").asString());
        JsonNode succeeded = Http.json(http.get("/api/v1/training-runs?seriesId=HIST&status=succeeded&limit=5"));
        assertThat(succeeded).hasSize(1);
        assertThat(succeeded.get(0).at("/backtest/mape").asDouble())
                .isEqualTo(ok.at("/backtest/mape").asDouble());
        assertThat(http.get("/api/v1/training-runs?status=DONE").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/training-runs?limit=0").statusCode()).isEqualTo(400);

        // what a restarted process reads back: status, model version and backtest from the database
        assertThat(jdbc.queryForObject(
                        "select status from training_runs where id = ?",
                        String.class,
                        ok.path("id").asString()))
                .isEqualTo("SUCCEEDED");
        TrainingRun stored = history.find(ok.path("id").asString()).orElseThrow();
        assertThat(stored.modelVersion()).isEqualTo(ok.path("modelVersion").asString());
        assertThat(stored.backtest().maeByStep())
                .hasSize(ok.at("/backtest/maeByStep").size());
        assertThat(history.find(failed.path("id").asString()).orElseThrow().error())
                .contains("too little history");
    }

    @Test
    void backtestsARegisteredVersionAgainAsItsTrainingRunDid() throws Exception {
        Http http = new Http(port);
        ingest.put(SyntheticDemand.series("BT", Instant.parse("2024-06-03T00:00:00Z"), 21, 43));
        JsonNode run = http.train("""
                {"seriesIds":["BT"],"from":"2024-06-03T00:00:00Z","to":"2024-06-24T00:00:00Z","model":"seasonal-naive",
                 "hyperparameters":{"backtestWeeks":"1"}}""");

        var response = http.post(
                "/api/v1/backtests",
                "{\"runId\":\"" + run.path("id").asString() + "\",\"weeks\":1,\"to\":\"2024-06-24T00:00:00Z\"}",
                true);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = Http.json(response);
        assertThat(result.path("modelName").asString()).isEqualTo("forecast-bt");
        assertThat(result.path("version").asString())
                .isEqualTo(run.path("modelVersion").asString());
        // the same model on the same data and origins: the same figures as the run's own backtest
        assertThat(result.at("/backtest/mape").asDouble())
                .isEqualTo(run.at("/backtest/mape").asDouble());
        assertThat(result.at("/backtest/origins").asInt())
                .isEqualTo(run.at("/backtest/origins").asInt());
        assertThat(http.post("/api/v1/backtests", "{\"modelName\":\"forecast-bt\",\"version\":\"77\"}", true)
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.post("/api/v1/backtests", "{\"weeks\":2}", true).statusCode())
                .isEqualTo(400);
        assertThat(http.post("/api/v1/backtests", "{\"runId\":\"x\",\"weeks\":13}", true)
                        .statusCode())
                .isEqualTo(400);
    }
}
