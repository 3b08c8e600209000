package io.loadcast.forecast.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.contracts.Reading;
import io.loadcast.contracts.Topics;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.testing.Http;
import io.loadcast.forecast.testing.RegistryStub;
import io.loadcast.forecast.testing.RunningServiceTest;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A retrain the drift policy asks for names no dataset: its run freezes one in ingest-service over the range it
 * trains on, and its lineage (registry run params and tags) names that snapshot and the build's git commit.
 */
class DriftRetrainLineageTest extends RunningServiceTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void aDriftRetrainFreezesItsDatasetAndRecordsTheCommit() throws Exception {
        // six recent weeks (the retrain reads the last training-days before now) served by a linear model, then
        // three days half as high again: the served forecasts' errors drift from the model's backtest errors
        Instant shiftStart = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(3));
        Instant start = shiftStart.minus(Duration.ofDays(42));
        HalfHourlySeries history = SyntheticDemand.steady("DLIN", start, 45, 16);
        ingest.put(history.slice(0, 42 * HalfHourlySeries.STEPS_PER_DAY));
        JsonNode served = http.train("""
                {"seriesIds":["DLIN"],"from":"%s","to":"%s","model":"linear","hyperparameters":{"backtestWeeks":"2"}}""".formatted(start, shiftStart));
        registry.setAlias(
                "forecast-dlin", "champion", served.path("modelVersion").asString());
        HalfHourlySeries shifted = history.slice(42 * HalfHourlySeries.STEPS_PER_DAY, history.size());
        for (int i = 0; i < shifted.size(); i++) {
            Reading r = new Reading(
                    UUID.randomUUID(),
                    Instant.now(),
                    "DLIN",
                    shifted.timeAt(i),
                    shifted.values()[i] * 1.5,
                    "MW",
                    "t",
                    0);
            kafka.send(new ProducerRecord<>(Topics.READINGS, "DLIN", JSON.writeValueAsBytes(r)));
        }

        JsonNode[] run = new JsonNode[1];
        Http.await(Duration.ofSeconds(180), () -> {
            try {
                run[0] = null;
                for (JsonNode r : Http.json(http.get("/api/v1/training-runs?seriesId=DLIN"))) {
                    if (r.path("priority").asString().equals("DRIFT")) {
                        run[0] = r;
                    }
                }
                return run[0] != null && run[0].path("status").asString().matches("SUCCEEDED|FAILED");
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(run[0]).as("a drift retrain of DLIN").isNotNull();
        assertThat(run[0].path("status").asString()).as(run[0].toString()).isEqualTo("SUCCEEDED");
        assertThat(run[0].path("priority").asString()).isEqualTo("DRIFT");

        RegistryStub.Run lineage = registry.run(run[0].path("registryRunId").asString());
        String datasetId = lineage.params().get("dataset_id");
        assertThat(ingest.frozen()).contains(datasetId);
        assertThat(lineage.tags()).containsEntry("loadcast.dataset_id", datasetId);
        assertThat(lineage.tags().get("loadcast.dataset_hash")).matches("[0-9a-f]{64}");
        // git.properties written by git-commit-id-maven-plugin at build time: a real commit, not "unknown"
        assertThat(lineage.tags().get("mlflow.source.git.commit")).matches("[0-9a-f]{40}");
    }
}
