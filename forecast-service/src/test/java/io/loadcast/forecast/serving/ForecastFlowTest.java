package io.loadcast.forecast.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.testing.Http;
import io.loadcast.forecast.testing.RegistryStub;
import io.loadcast.forecast.testing.RunningServiceTest;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Train over REST, log to the registry, serve as-of forecasts with intervals. */
class ForecastFlowTest extends RunningServiceTest {

    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void trainsLinearModelLogsLineageToRegistryAndServesForecastWithIntervals() throws Exception {
        ingest.put(SyntheticDemand.series("FLOW-A", START, 35, 1));

        JsonNode run = http.train("""
                {"seriesIds":["FLOW-A"],"from":"2024-01-01T00:00:00Z","to":"2024-02-05T00:00:00Z",
                 "model":"linear","hyperparameters":{"backtestWeeks":"1","seed":"7"}}""");

        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(run.path("modelName").asString()).isEqualTo("forecast-flow-a");
        assertThat(run.at("/backtest/mape").asDouble())
                .isLessThan(run.at("/backtest/baselineMape").asDouble());
        assertThat(run.at("/backtest/coverage80").asDouble()).isBetween(0.5, 1.0);
        RegistryStub.Run logged = registry.run(run.path("registryRunId").asString());
        assertThat(logged.status()[0]).isEqualTo("FINISHED");
        assertThat(logged.params())
                .containsEntry("seed", "7")
                .containsEntry("family", "linear")
                .containsKeys("dataset_hash", "code_version", "lookback", "ridge")
                .as("a linear run logs its own hyperparameters only")
                .doesNotContainKeys("epochs", "hidden", "learning_rate", "batch_size");
        assertThat(logged.metrics())
                .containsKeys(
                        "mae",
                        "mape",
                        "smape",
                        "mase",
                        "rmse",
                        "coverage_80",
                        "coverage_95",
                        "mae_step_1",
                        "mae_step_96");

        HttpResponse<String> response = http.post(
                "/api/v1/forecasts",
                "{\"seriesId\":\"FLOW-A\",\"origin\":\"2024-02-03T00:00:00Z\",\"horizon\":48}",
                false);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode forecast = Http.json(response);
        assertThat(forecast.path("modelName").asString()).isEqualTo("forecast-flow-a");
        assertThat(forecast.path("modelVersion").asString())
                .isEqualTo(run.path("modelVersion").asString());
        assertThat(forecast.path("points")).hasSize(48);
        JsonNode first = forecast.path("points").get(0);
        assertThat(first.path("timestamp").asString()).isEqualTo("2024-02-03T00:00:00Z");
        assertThat(first.path("lower95").asDouble())
                .isLessThanOrEqualTo(first.path("lower80").asDouble());
        assertThat(first.path("lower80").asDouble())
                .isLessThan(first.path("value").asDouble());
        assertThat(first.path("upper80").asDouble())
                .isGreaterThan(first.path("value").asDouble());
        assertThat(first.path("upper95").asDouble())
                .isGreaterThanOrEqualTo(first.path("upper80").asDouble());
        String metrics = http.get("/actuator/prometheus").body();
        assertThat(count(metrics, "loadcast_forecast_serving_latency_seconds_count", "outcome=\"ok\""))
                .as("forecasts observed")
                .isPositive();
        assertThat(count(metrics, "loadcast_forecast_training_epoch_duration_seconds_count", "family=\"linear\""))
                .as("the linear trainer's steps observed as epochs")
                .isPositive();
    }

    /** The value of the Prometheus sample {@code name} whose labels contain {@code label}, else 0. */
    private static double count(String metrics, String name, String label) {
        Matcher m = Pattern.compile(Pattern.quote(name) + "\\{[^}]*" + Pattern.quote(label) + "[^}]*} (\\S+)")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void asOfForecastUsesOnlyReadingsBeforeOriginAndIgnoresLaterOnes() throws Exception {
        HalfHourlySeries series = SyntheticDemand.series("FLOW-B", START, 30, 2);
        ingest.put(series.slice(0, 28 * 48));
        http.train("""
                {"seriesIds":["FLOW-B"],"from":"2024-01-01T00:00:00Z","to":"2024-01-29T00:00:00Z","model":"linear",
                 "hyperparameters":{"backtestWeeks":"1"}}""");
        String request = "{\"seriesId\":\"FLOW-B\",\"origin\":\"2024-01-27T12:00:00Z\",\"horizon\":24}";
        HttpResponse<String> before = http.post("/api/v1/forecasts", request, false);
        long readsBefore = ingest.requests().size();

        // later readings arrive, and those at and after the origin are revised wildly
        ingest.put(series.slice(28 * 48, 30 * 48));
        for (int i = 0; i < 48; i++) {
            ingest.put("FLOW-B", Instant.parse("2024-01-27T12:00:00Z").plusSeconds(1800L * i), 1e9);
        }
        HttpResponse<String> after = http.post("/api/v1/forecasts", request, false);

        assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
        assertThat(Http.json(after).path("points")).isEqualTo(Http.json(before).path("points"));
        assertThat(ingest.requests())
                .as("the history blocks are read once, the second forecast comes from memory")
                .hasSize((int) readsBefore);
    }

    @Test
    void batchAnswersEachRequestWithItsForecastOrProblem() throws Exception {
        ingest.put(SyntheticDemand.series("FLOW-C", START, 21, 3));
        http.train("""
                {"seriesIds":["FLOW-C"],"from":"2024-01-01T00:00:00Z","to":"2024-01-22T00:00:00Z","model":"seasonal-naive",
                 "hyperparameters":{"backtestWeeks":"1"}}""");

        JsonNode batch = Http.json(http.post("/api/v1/forecasts/batch", """
                {"requests":[{"seriesId":"FLOW-C","origin":"2024-01-20T00:00:00Z","horizon":4},
                             {"seriesId":"FLOW-C","origin":"2024-01-21T00:00:00Z","horizon":4},
                             {"seriesId":"NO-SUCH-SERIES","origin":"2024-01-21T00:00:00Z","horizon":4}]}""", false));

        assertThat(batch.path("results").get(0).at("/forecast/points")).hasSize(4);
        assertThat(batch.path("results").get(1).at("/forecast/origin").asString())
                .isEqualTo("2024-01-21T00:00:00Z");
        assertThat(batch.path("results").get(2).path("status").asInt()).isEqualTo(404);
    }

    @Test
    void trainsOnADatasetSnapshotAndRecordsItsIdAndHash() throws Exception {
        ingest.putDataset("ds-42", "feedc0de", SyntheticDemand.series("FLOW-D", START, 21, 12));

        JsonNode run = http.train("""
                {"seriesIds":["FLOW-D"],"datasetId":"ds-42","model":"linear","hyperparameters":{"backtestWeeks":"1"}}""");

        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(registry.run(run.path("registryRunId").asString()).params())
                .containsEntry("dataset_id", "ds-42")
                .containsEntry("dataset_hash", "feedc0de");
    }
}
