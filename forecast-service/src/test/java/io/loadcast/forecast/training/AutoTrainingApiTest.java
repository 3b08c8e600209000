package io.loadcast.forecast.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.core.artifact.ModelArtifact;
import io.loadcast.forecast.core.model.EnsembleModel;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.testing.RegistryStub;
import io.loadcast.forecast.testing.RunningServiceTest;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code family: auto} through the training API: every candidate (the closed-form families, LSTM, GRU, the naive
 * baseline) is trained and scored on a validation span, the winner or an ensemble of the top ones is registered,
 * the run's tags say what was chosen among which validation errors and why, and the registered artifact loads and
 * serves forecasts like any family's.
 */
class AutoTrainingApiTest extends RunningServiceTest {

    @Test
    void autoRegistersTheValidationChoiceWithItsReasonsAndServesIt() throws Exception {
        ingest.put(SyntheticDemand.series("AUTO-A", Instant.parse("2024-01-01T00:00:00Z"), 36, 5));

        JsonNode run = http.train("""
                {"seriesIds":["AUTO-A"],"from":"2024-01-01T00:00:00Z","to":"2024-02-06T00:00:00Z",
                 "model":"auto","hyperparameters":{"backtestWeeks":"1"}}""", Duration.ofMinutes(15));

        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
        RegistryStub.Run logged = registry.run(run.path("registryRunId").asString());
        assertThat(logged.params()).containsEntry("family", "auto");
        String scores = logged.tags().get("loadcast.auto.validation_mape");
        for (String family : List.of("day-ahead", "linear", "rlinear", "lstm", "gru", "seasonal-naive")) {
            assertThat(scores).as("every candidate scored").containsPattern("(^|,)" + family + "=\\d+\\.\\d{3}");
        }
        assertThat(logged.tags().get("loadcast.auto.ensemble_validation_mape"))
                .containsPattern("(^|,)[a-z-]+\\+[a-z-]+=\\d+\\.\\d{3}");
        String choice = logged.tags().get("loadcast.auto.choice");
        assertThat(logged.tags().get("loadcast.auto.reason")).contains("validat");

        ForecastModel model = ModelArtifact.fromBytes(registry.artifactOf(
                        "forecast-auto-a", run.path("modelVersion").asString()))
                .model();
        // the first-ranked family is the one the tags list with the lowest MAPE
        String best = Arrays.stream(scores.split(","))
                .min((a, b) -> Double.compare(mape(a), mape(b)))
                .orElseThrow()
                .split("=")[0];
        if (model instanceof EnsembleModel ensemble) {
            List<String> members = ensemble.members().stream()
                    .map(m -> m.provenance().spec().family().slug())
                    .toList();
            assertThat(choice).isEqualTo("ensemble of " + members);
            assertThat(members.get(0)).isEqualTo(best);
            assertThat(model.provenance().spec().family()).isEqualTo(ModelFamily.ENSEMBLE);
        } else {
            assertThat(choice).isEqualTo(best);
            assertThat(model.provenance().spec().family().slug()).isEqualTo(best);
        }
        HttpResponse<String> forecast = http.post(
                "/api/v1/forecasts",
                "{\"seriesId\":\"AUTO-A\",\"origin\":\"2024-02-05T00:00:00Z\",\"horizon\":48}",
                false);
        assertThat(forecast.statusCode()).as(forecast.body()).isEqualTo(200);
        assertThat(forecast.body())
                .contains("\"modelVersion\":\"" + run.path("modelVersion").asString() + "\"");
    }

    private static double mape(String entry) {
        return Double.parseDouble(entry.split("=")[1]);
    }
}
