package io.loadcast.forecast.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.testing.Http;
import io.loadcast.forecast.testing.RegistryStub;
import io.loadcast.forecast.testing.RunningServiceTest;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code model: auto} through the REST API with real training: the run trains the candidate families, registers
 * the one with the lowest validation error as a model of that family, and it is served.
 */
class AutoFamilyTest extends RunningServiceTest {

    static final Instant START = Instant.parse("2024-03-01T00:00:00Z");

    @Test
    void autoTrainsTheCandidatesAndRegistersAndServesTheValidationWinner() throws Exception {
        ingest.put(SyntheticDemand.series("AUTO", START, 42, 5));

        JsonNode run = http.train("""
                {"seriesIds":["AUTO"],"from":"2024-03-01T00:00:00Z","to":"2024-04-12T00:00:00Z",
                 "model":"auto","hyperparameters":{"backtestWeeks":"1"}}""", Duration.ofMinutes(10));

        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
        RegistryStub.Run logged = registry.run(run.path("registryRunId").asString());
        assertThat(logged.params()).containsEntry("family", ModelFamily.AUTO.slug());
        assertThat(run.at("/backtest/mape").asDouble())
                .isLessThan(run.at("/backtest/baselineMape").asDouble());
        JsonNode champion =
                Http.json(http.get("/api/v1/models/" + run.path("modelName").asString() + "/champion"));
        assertThat(ModelFamily.of(champion.path("family").asString()))
                .as("the served model is the winning candidate's own family")
                .isIn(ModelFamily.DAY_AHEAD, ModelFamily.LINEAR, ModelFamily.RLINEAR_ENSEMBLE, ModelFamily.RLINEAR);
        var forecast = http.post(
                "/api/v1/forecasts",
                "{\"seriesId\":\"AUTO\",\"origin\":\"2024-04-10T00:00:00Z\",\"horizon\":48}",
                false);
        assertThat(forecast.statusCode()).as(forecast.body()).isEqualTo(200);
        assertThat(Http.json(forecast).path("points")).hasSize(48);
    }
}
