package io.loadcast.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loadcast.contracts.ForecastPoint;
import io.loadcast.forecast.core.artifact.ModelArtifact;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Without Kafka the client polls the registry's champion alias and swaps when it moves; the forecast from the
 * buffered readings is the loaded model's prediction with the artifact's conformal bands.
 */
class PollModeTest {

    static final String MODEL = "forecast-site-0042";

    RegistryStandIn registry;

    @BeforeEach
    void start() throws Exception {
        registry = new RegistryStandIn();
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void followsTheChampionByPollingAndForecastsFromTheBufferedReadings() throws Exception {
        byte[] v2 = TestArtifacts.linear(10, 200);
        HalfHourlySeries demand = TestArtifacts.demand(3 * 336);
        try (EdgeForecaster edge = EdgeForecaster.builder()
                .registryUrl(registry.url())
                .model(MODEL)
                .pollInterval(Duration.ofMillis(100))
                .clock(Clock.fixed(demand.end(), ZoneOffset.UTC))
                .build()) {
            assertThat(edge.awaitReady(Duration.ofSeconds(20))).isTrue();
            assertThatThrownBy(() -> edge.forecast(TestArtifacts.SERIES, null, 48))
                    .isInstanceOfSatisfying(
                            EdgeForecastException.class,
                            e -> assertThat(e.reason()).isEqualTo(Refusal.NO_MODEL));

            registry.register(MODEL, "1", TestArtifacts.linear(1e-3, 100));
            registry.setChampion(MODEL, "1");
            assertThat(awaitVersion(edge, "1")).isTrue();
            registry.register(MODEL, "2", v2);
            registry.setChampion(MODEL, "2");
            assertThat(awaitVersion(edge, "2")).isTrue();

            for (int i = 0; i < demand.size(); i++) {
                edge.record(TestArtifacts.SERIES, demand.timeAt(i), demand.values()[i]);
            }
            EdgeForecast forecast = edge.forecast(TestArtifacts.SERIES, null, 48);

            ModelArtifact artifact = ModelArtifact.fromBytes(v2);
            // without an origin: the readings after (now + 30 min) - (look-back + a week), as forecast-service reads
            double[] window = Arrays.copyOfRange(demand.values(), demand.size() - 96 - 336 + 1, demand.size());
            double[] expected = artifact.model().predict(window, demand.end(), 48);
            assertThat(forecast.origin()).isEqualTo(demand.end());
            assertThat(forecast.modelVersion()).isEqualTo("2");
            assertThat(forecast.points()).hasSize(48);
            for (int h = 0; h < 48; h++) {
                ForecastPoint p = forecast.points().get(h);
                double w80 = artifact.intervals().halfWidth80()[Math.min(h, 1)];
                double w95 = artifact.intervals().halfWidth95()[Math.min(h, 1)];
                assertThat(p.timestamp()).isEqualTo(demand.end().plus(HalfHourlySeries.STEP.multipliedBy(h)));
                assertThat(p.value()).isEqualTo(expected[h]);
                assertThat(p.lower80()).isEqualTo(expected[h] - w80);
                assertThat(p.upper95()).isEqualTo(expected[h] + w95);
            }
        }
    }

    static boolean awaitVersion(EdgeForecaster edge, String version) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (edge.champion(MODEL).map(c -> c.version().equals(version)).orElse(false)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
