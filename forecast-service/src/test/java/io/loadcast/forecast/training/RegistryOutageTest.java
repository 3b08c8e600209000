package io.loadcast.forecast.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.testing.RegistryStub;
import io.loadcast.forecast.testing.RunningServiceTest;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Fault test: registry-service goes away just as a run has trained and backtested its model (its connections dropped
 * from the run's backtest metrics call on, for 8 s). The run waits in phase REGISTERING, and once the registry is back
 * its metrics, artifact and version are logged and the run SUCCEEDS, instead of a trained model being thrown away.
 */
class RegistryOutageTest extends RunningServiceTest {

    @Test
    void aRunThatFinishesWhileTheRegistryIsDownIsLoggedOnceItIsBack() throws Exception {
        ingest.put(SyntheticDemand.series("REGDOWN", Instant.parse("2024-08-05T00:00:00Z"), 21, 57));
        registry.goDownOn("runs/log-batch", "baseline_mape", Duration.ofSeconds(8));

        JsonNode run = http.train("""
                {"seriesIds":["REGDOWN"],"from":"2024-08-05T00:00:00Z","to":"2024-08-26T00:00:00Z",
                 "model":"linear","hyperparameters":{"backtestWeeks":"1"}}""", Duration.ofSeconds(180));

        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(registry.refused())
                .as("calls refused while the registry was down")
                .isPositive();
        RegistryStub.Run logged = registry.run(run.path("registryRunId").asString());
        assertThat(logged.status()[0]).isEqualTo("FINISHED");
        assertThat(logged.metrics()).containsKeys("mape", "baseline_mape");
        assertThat(registry.artifactOf(
                        "forecast-regdown", run.path("modelVersion").asString()))
                .isNotEmpty();
    }
}
