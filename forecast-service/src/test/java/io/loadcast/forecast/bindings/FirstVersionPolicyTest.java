package io.loadcast.forecast.bindings;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.testing.Http;
import io.loadcast.forecast.testing.RegistryStub;
import io.loadcast.forecast.testing.RunningServiceTest;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A first version is promoted only when its backtest beats seasonal-naive on the same origins by the policy's margin
 * (registry-service's rule, which the registry stub follows for the models named here): forecast-service logs the baseline, sets the policy and
 * serves only what the policy promoted.
 */
class FirstVersionPolicyTest extends RunningServiceTest {

    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void aFirstVersionWorseThanNaiveIsRejectedAndNotServed() throws Exception {
        registry.judgeFirstVersions("forecast-worse");
        ingest.put(SyntheticDemand.series("WORSE", START, 28, 21));
        // a ridge this strong shrinks the map to zero: a flat forecast at the window's mean, far worse than naive
        JsonNode run = http.train("""
                {"seriesIds":["WORSE"],"from":"2024-01-01T00:00:00Z","to":"2024-01-29T00:00:00Z","model":"linear",
                 "hyperparameters":{"backtestWeeks":"1","ridge":"1e12"}}""");

        assertThat(run.path("status").asString()).as("run %s", run).isEqualTo("SUCCEEDED");
        RegistryStub.Run logged = registry.run(run.path("registryRunId").asString());
        assertThat(logged.metrics().get("mape")).isGreaterThan(logged.metrics().get("baseline_mape"));
        assertThat(registry.policy("forecast-worse").path("metricKey").asString())
                .isEqualTo("mape");
        assertThat(registry.alias("forecast-worse", "champion")).isNull();
        var forecast =
                http.post("/api/v1/forecasts", "{\"seriesId\":\"WORSE\",\"origin\":\"2024-01-28T00:00:00Z\"}", false);
        assertThat(forecast.statusCode()).as(forecast.body()).isEqualTo(404);
        assertThat(Http.json(forecast).path("type").asString()).endsWith("/no-model");
    }

    @Test
    void aFirstVersionBetterThanNaiveIsPromotedAndServed() throws Exception {
        registry.judgeFirstVersions("forecast-better");
        ingest.put(SyntheticDemand.series("BETTER", START, 28, 22));
        JsonNode run = http.train("""
                {"seriesIds":["BETTER"],"from":"2024-01-01T00:00:00Z","to":"2024-01-29T00:00:00Z","model":"linear",
                 "hyperparameters":{"backtestWeeks":"1"}}""");

        RegistryStub.Run logged = registry.run(run.path("registryRunId").asString());
        assertThat(logged.metrics().get("mape")).isLessThan(logged.metrics().get("baseline_mape"));
        assertThat(registry.alias("forecast-better", "champion"))
                .isEqualTo(run.path("modelVersion").asString());
    }
}
