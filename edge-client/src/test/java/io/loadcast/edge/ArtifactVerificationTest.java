package io.loadcast.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.core.artifact.ModelArtifact;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.data.TimedValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An artifact whose bytes do not hash to the registry's record is refused and the previous model keeps serving. */
class ArtifactVerificationTest {

    static final String MODEL = "forecast-site-0042";
    static byte[] v1;
    static byte[] v2;

    RegistryStandIn registry;

    @BeforeAll
    static void train() {
        v1 = TestArtifacts.linear(1e-3, 100);
        v2 = TestArtifacts.linear(10, 200);
    }

    @BeforeEach
    void start() throws Exception {
        registry = new RegistryStandIn();
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void refusesAnArtifactWhoseSha256DiffersAndKeepsThePreviousModel() throws Exception {
        registry.register(MODEL, "1", v1);
        registry.setChampion(MODEL, "1");
        try (EdgeForecaster edge = edge()) {
            assertThat(edge.awaitReady(Duration.ofSeconds(20))).isTrue();
            assertThat(edge.champion(MODEL)).hasValueSatisfying(c -> {
                assertThat(c.version()).isEqualTo("1");
                assertThat(c.sha256()).isEqualTo(Champions.sha256(v1));
            });
            Instant origin = TestArtifacts.START.plus(HalfHourlySeries.STEP.multipliedBy(3 * 336));
            EdgeForecast before = edge.forecast(TestArtifacts.SERIES, origin, 48, readings());

            registry.register(MODEL, "2", v2);
            // the store now holds other bytes than were uploaded: a valid artifact that forecast-core would load
            byte[] substitute = TestArtifacts.linear(1, 999);
            assertThat(ModelArtifact.fromBytes(substitute).model()).isNotNull();
            registry.corrupt(MODEL, "2", substitute);
            registry.setChampion(MODEL, "2");

            assertThat(edge.refresh(MODEL)).isEqualTo(SwapOutcome.REJECTED);
            assertThat(edge.lastError(MODEL))
                    .hasValueSatisfying(message -> assertThat(message)
                            .contains("sha256 mismatch", MODEL + " version 2", Champions.sha256(v2)));
            assertThat(edge.champion(MODEL).orElseThrow().version()).isEqualTo("1");
            assertThat(edge.forecast(TestArtifacts.SERIES, origin, 48, readings()))
                    .isEqualTo(before);

            registry.register(MODEL, "2", v2);
            assertThat(edge.refresh(MODEL)).isEqualTo(SwapOutcome.SWAPPED);
            assertThat(edge.lastError(MODEL)).isEmpty();
            EdgeForecast after = edge.forecast(TestArtifacts.SERIES, origin, 48, readings());
            assertThat(after.modelVersion()).isEqualTo("2");
            assertThat(after.points()).isNotEqualTo(before.points());
        }
    }

    @Test
    void refusesAnArtifactThatCameWithoutAChecksum() throws Exception {
        registry.register(MODEL, "1", v1);
        registry.setChampion(MODEL, "1");
        registry.sendChecksums(false);
        try (EdgeForecaster edge = edge()) {
            assertThat(edge.awaitReady(Duration.ofSeconds(20))).isTrue();

            assertThat(edge.refresh(MODEL)).isEqualTo(SwapOutcome.REJECTED);
            assertThat(edge.lastError(MODEL))
                    .hasValueSatisfying(m -> assertThat(m).contains("came without X-Artifact-Sha256"));
            assertThat(edge.champion(MODEL)).isEmpty();
        }
    }

    @Test
    void neverFetchesAnArtifactOffTheRegistry() throws Exception {
        registry.registerSource(MODEL, "1", "http://127.0.0.1:1/elsewhere/model.zip");
        registry.setChampion(MODEL, "1");
        try (EdgeForecaster edge = edge()) {
            assertThat(edge.awaitReady(Duration.ofSeconds(20))).isTrue();

            assertThat(edge.refresh(MODEL)).isEqualTo(SwapOutcome.REJECTED);
            assertThat(edge.lastError(MODEL))
                    .hasValueSatisfying(m -> assertThat(m).contains("is not on the registry"));
            assertThat(edge.champion(MODEL)).isEmpty();
            assertThat(registry.requests()).noneMatch(p -> p.contains("elsewhere"));
        }
    }

    @Test
    void reportsAnUnreachableRegistryAfterItsRetries() throws Exception {
        registry.close();
        try (EdgeForecaster edge = EdgeForecaster.builder()
                .registryUrl(registry.url())
                .model(MODEL)
                .pollInterval(Duration.ofHours(1))
                .retry(2, Duration.ofMillis(10))
                .build()) {
            assertThat(edge.refresh(MODEL)).isEqualTo(SwapOutcome.UNAVAILABLE);
            assertThat(edge.lastError(MODEL))
                    .hasValueSatisfying(m -> assertThat(m).contains("after 2 attempts"));
        }
    }

    EdgeForecaster edge() {
        return EdgeForecaster.builder()
                .registryUrl(registry.url())
                .model(MODEL)
                .pollInterval(Duration.ofHours(1))
                .build();
    }

    static List<TimedValue> readings() {
        HalfHourlySeries s = TestArtifacts.demand(3 * 336);
        List<TimedValue> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            out.add(new TimedValue(s.timeAt(i), s.values()[i]));
        }
        return out;
    }
}
