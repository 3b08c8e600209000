package io.loadcast.forecast.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.loadcast.forecast.core.artifact.ModelArtifact;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A model saved by release 0.1.0 (format 1) must load and forecast as it did then. */
class SavedModelCompatibilityTest {

    @Test
    void loadsTheModelSavedByRelease010AndForecastsAsThen() throws Exception {
        byte[] saved;
        try (InputStream in = getClass().getResourceAsStream("/models/linear-format1.zip")) {
            saved = in.readAllBytes();
        }

        ModelArtifact artifact = ModelArtifact.fromBytes(saved);
        ForecastModel model = artifact.model();
        var series = SyntheticDemand.series("FIXTURE", Instant.parse("2024-01-01T00:00:00Z"), 14, 3);

        assertThat(model.provenance().formatVersion()).isEqualTo(1);
        assertThat(model.provenance().codeVersion()).isEqualTo("0.1.0");
        assertThat(model.provenance().spec().seed()).isEqualTo(42);
        assertThat(model.provenance().datasetId()).isEqualTo("fixture-dataset");
        assertThat(artifact.intervals().halfWidth80()).containsExactly(100, 110, 120, 130);
        // the forecast printed by FixtureWriter when the fixture was saved
        assertThat(model.predict(series.values(), series.end(), 4))
                .containsExactly(
                        new double[] {25504.486589577347, 25899.259570823622, 26476.233842039775, 26426.350570674294},
                        offset(1e-6));
    }
}
