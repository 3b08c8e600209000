package io.loadcast.forecast.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.serving.ModelNames;
import io.loadcast.forecast.testing.Http;
import io.loadcast.forecast.testing.RegistryStub;
import io.loadcast.forecast.testing.RunningServiceTest;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A retrain that names no family trains the champion's recipe (family, hyperparameters, backtest weeks) on the
 * newer data, so the promotion policy compares like with like; one that names another family gets its defaults.
 */
class RetrainRecipeTest extends RunningServiceTest {

    static final Instant START = Instant.parse("2024-05-06T00:00:00Z");
    static final int DAY = HalfHourlySeries.STEPS_PER_DAY;

    @Test
    void aRetrainReusesTheChampionsRecipeUnlessItNamesAnotherFamily() throws Exception {
        HalfHourlySeries all = SyntheticDemand.series("RECIPE", START, 28, 61);
        ingest.putDataset("recipe-older", "sha256:recipe-older", all.slice(0, 21 * DAY));
        ingest.putDataset("recipe-newer", "sha256:recipe-newer", all.slice(7 * DAY, 28 * DAY));
        JsonNode champion = http.train("""
                {"seriesIds":["RECIPE"],"datasetId":"recipe-older","model":"linear",
                 "hyperparameters":{"lookback":"96","ridge":"0.5","stride":"2","backtestWeeks":"1"}}""");
        assertThat(champion.path("status").asString()).as(champion.toString()).isEqualTo("SUCCEEDED");
        assertThat(registry.alias(ModelNames.forSeries("RECIPE"), "champion"))
                .isEqualTo(champion.path("modelVersion").asString());

        RegistryStub.Run retrain =
                registry.run(retrain("""
                        {"seriesIds":["RECIPE"],"datasetId":"recipe-newer","reason":"CI"}""").path("registryRunId").asString());

        assertThat(retrain.params())
                .containsEntry("family", "linear")
                .containsEntry("lookback", "96")
                .containsEntry("ridge", "0.5")
                .containsEntry("stride", "2")
                .containsEntry("backtest_weeks", "1")
                .containsEntry("dataset_id", "recipe-newer");

        RegistryStub.Run otherFamily =
                registry.run(retrain("""
                        {"seriesIds":["RECIPE"],"datasetId":"recipe-newer","model":"seasonal-naive","reason":"CI"}""").path("registryRunId").asString());

        assertThat(otherFamily.params())
                .containsEntry("family", "seasonal-naive")
                .doesNotContainEntry("lookback", "96")
                .doesNotContainEntry("backtest_weeks", "1");
    }

    /** Posts a retrain request and waits for its run to end; returns the run. */
    private JsonNode retrain(String body) throws Exception {
        HttpResponse<String> accepted = http.post("/api/v1/retraining", body, true);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String runId = Http.json(accepted).path("runId").asString();
        JsonNode[] run = new JsonNode[1];
        Http.await(Duration.ofSeconds(90), () -> {
            try {
                run[0] = Http.json(http.get("/api/v1/training-runs/" + runId));
                return !run[0].path("registryRunId").asString("").isEmpty()
                        && run[0].path("status").asString().matches("SUCCEEDED|FAILED");
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(run[0].path("registryRunId").asString(""))
                .as(String.valueOf(run[0]))
                .isNotEmpty();
        return run[0];
    }
}
