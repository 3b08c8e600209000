package io.loadcast.forecast.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.testing.Http;
import io.loadcast.forecast.testing.RunningServiceTest;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The durable training queue with two workers (the integration context's setting): priorities, queue positions,
 * cancellation of queued and running runs, progress from the first batch, timeouts and dead workers.
 */
class TrainingQueueTest extends RunningServiceTest {

    static final Instant START = Instant.parse("2024-07-01T00:00:00Z");
    // the direct LSTM runs an epoch of this data in a fraction of a second and stops early after a tenth of its epoch
    // budget without improvement: 100,000 epochs keep it running until the test cancels it
    static final String LONG_LSTM = """
            {"seriesIds":["%s"],"datasetId":"%s","model":"lstm",
             "hyperparameters":{"epochs":"100000","hidden":"8","batchSize":"16","stride":"1","lookback":"48",
              "horizon":"48","backtestWeeks":"1"}%s}""";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLongRunIsCancelledWhileAQueuedCiRetrainRunsOnTheSecondWorker() throws Exception {
        putDataset("QLONG1", "q-long-1", 71);
        putDataset("QLONG2", "q-long-2", 72);
        // the retrain keeps the default 8 backtest weeks: ten weeks of data (linear look-back and horizon before them)
        putDataset("QCI", "q-ci", 73, 70);
        String long1 =
                accepted(http.post("/api/v1/training-runs", LONG_LSTM.formatted("QLONG1", "q-long-1", ""), true));
        String long2 =
                accepted(http.post("/api/v1/training-runs", LONG_LSTM.formatted("QLONG2", "q-long-2", ""), true));
        JsonNode first = await(long1, r -> r.path("batch").asInt() > 0);
        await(long2, r -> r.path("status").asString().equals("RUNNING"));
        // progress from the first batches: phase, batch i of n, an estimate of the time left
        assertThat(first.path("phase").asString()).isEqualTo("TRAINING");
        assertThat(first.path("batches").asInt())
                .isGreaterThan(first.path("batch").asInt() - 1)
                .isPositive();
        assertThat(first.path("epochs").asInt()).isEqualTo(100_000);

        // both workers busy: a scheduled retrain, then a CI one; CI goes first
        String scheduled = retrain("QCI", "q-ci", "SCHEDULE");
        String ci = retrain("QCI", "q-ci", "CI");
        assertThat(run(ci).path("queuePosition").asInt()).isEqualTo(1);
        assertThat(run(scheduled).path("queuePosition").asInt()).isEqualTo(2);
        assertThat(run(ci).path("priority").asString()).isEqualTo("CI");

        JsonNode cancelledQueued = Http.json(http.post("/api/v1/training-runs/" + scheduled + "/cancel", "", true));
        assertThat(cancelledQueued.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(run(ci).path("queuePosition").asInt()).isEqualTo(1);

        // the second long run gives its worker up; the CI retrain runs there while the first long run goes on
        cancel(long2);
        JsonNode ciDone = await(ci, r -> r.path("status").asString().matches("SUCCEEDED|FAILED"));
        assertThat(ciDone.path("status").asString()).as(ciDone.toString()).isEqualTo("SUCCEEDED");
        assertThat(await(long2, r -> !r.path("status").asString().equals("RUNNING"))
                        .path("status")
                        .asString())
                .isEqualTo("CANCELLED");
        assertThat(run(long1).path("status").asString()).isEqualTo("RUNNING");

        cancel(long1);
        JsonNode long1Done = await(long1, r -> !r.path("status").asString().equals("RUNNING"));
        assertThat(long1Done.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(long1Done.path("epoch").asInt()).isLessThan(100_000);
        assertThat(run(scheduled).path("status").asString()).isEqualTo("CANCELLED");
        assertThat(http.post("/api/v1/training-runs/" + long1 + "/cancel", "", true)
                        .statusCode())
                .isEqualTo(409);
        assertThat(http.post("/api/v1/training-runs/nope/cancel", "", true).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aRunPastItsTimeoutFailsAndARunningRunWithoutHeartbeatIsFailed() throws Exception {
        putDataset("QSLOW", "q-slow", 74);
        String slow = accepted(http.post(
                "/api/v1/training-runs", LONG_LSTM.formatted("QSLOW", "q-slow", ",\"timeout\":\"PT2S\""), true));
        JsonNode timedOut = await(slow, r -> r.path("status").asString().matches("SUCCEEDED|FAILED|CANCELLED"));
        assertThat(timedOut.path("status").asString()).isEqualTo("FAILED");
        assertThat(timedOut.path("error").asString()).contains("timed out");

        // a run a crashed replica left RUNNING: its heartbeat stopped long ago
        jdbc.update(
                "insert into training_runs (id, status, family, series_ids, model_name, requested_by, created_at,"
                        + " worker, heartbeat_at) values ('dead-worker-run', 'RUNNING', 'linear', '{QDEAD}',"
                        + " 'forecast-qdead', 'test', now(), 'gone', ?)",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))));
        JsonNode dead =
                await("dead-worker-run", r -> !r.path("status").asString().equals("RUNNING"));
        assertThat(dead.path("status").asString()).isEqualTo("FAILED");
        assertThat(dead.path("error").asString()).contains("worker died");
        assertThat(http.post(
                                "/api/v1/training-runs",
                                LONG_LSTM.formatted("QSLOW", "q-slow", ",\"timeout\":\"PT0S\""),
                                true)
                        .statusCode())
                .isEqualTo(400);
    }

    private void putDataset(String series, String id, long seed) {
        putDataset(series, id, seed, 21);
    }

    private void putDataset(String series, String id, long seed, int days) {
        HalfHourlySeries s = SyntheticDemand.series(series, START, days, seed);
        ingest.putDataset(id, "sha256:" + id, s);
    }

    private String retrain(String series, String dataset, String reason) throws Exception {
        HttpResponse<String> r = http.post(
                "/api/v1/retraining",
                "{\"seriesIds\":[\"%s\"],\"datasetId\":\"%s\",\"reason\":\"%s\"}".formatted(series, dataset, reason),
                true);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        return Http.json(r).path("runId").asString();
    }

    private void cancel(String id) throws Exception {
        HttpResponse<String> r = http.post("/api/v1/training-runs/" + id + "/cancel", "", true);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private static String accepted(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        return Http.json(r).path("id").asString();
    }

    private JsonNode run(String id) throws Exception {
        return Http.json(http.get("/api/v1/training-runs/" + id));
    }

    private JsonNode await(String id, Predicate<JsonNode> condition) throws Exception {
        JsonNode[] last = new JsonNode[1];
        Http.await(Duration.ofSeconds(120), () -> {
            try {
                last[0] = run(id);
                return condition.test(last[0]);
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(condition.test(last[0])).as(String.valueOf(last[0])).isTrue();
        return last[0];
    }
}
