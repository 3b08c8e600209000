package io.loadcast.forecast.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.loadcast.forecast.core.artifact.ModelArtifact;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.testing.FrozenArtifactWriter.Expected;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The frozen artifact of every family (format version 1, written once by {@code FrozenArtifactWriter} from GB
 * demand) must load with the current code and give the forecast it gave when it was saved (1e-6 relative).
 */
class FrozenArtifactsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"seasonal-naive", "linear", "lstm", "gru", "day-ahead", "rlinear", "rlinear-ensemble"})
    void loadsTheFrozenArtifactAndReproducesItsForecast(String family) throws IOException {
        checkFrozen("format1", family, 1);
    }

    /**
     * The direct LSTM/GRU of format 2 (no weather input; written by {@code FrozenArtifactWriter} with the code before
     * the weather format 3) still load as format 2 and forecast what they forecast when saved.
     */
    @ParameterizedTest
    @ValueSource(strings = {"lstm", "gru"})
    void loadsTheFormat2DirectNetworksAndReproducesTheirForecast(String family) throws IOException {
        checkFrozen("format2", family, 2);
    }

    private static void checkFrozen(String dir, String family, int format) throws IOException {
        ModelArtifact artifact = ModelArtifact.fromBytes(resource(dir, family + ".zip"));
        Expected expected = JSON.readValue(resource(dir, family + ".json"), Expected.class);
        ForecastModel model = artifact.model();

        double[] forecast = model.predict(expected.history(), expected.origin(), expected.forecast().length);

        assertThat(model.provenance().formatVersion()).isEqualTo(format);
        assertThat(model.provenance().spec().family().toString()).isEqualTo(family);
        assertThat(model.provenance().seriesIds()).containsExactly("GB-ND");
        assertThat(model.provenance().datasetId()).isEqualTo("gb-nd-2023-fixture");
        assertThat(artifact.intervals().halfWidth80()).containsExactly(500, 600);
        assertThat(forecast).hasSameSizeAs(expected.forecast());
        for (int h = 0; h < forecast.length; h++) {
            assertThat(forecast[h]).as("step %d", h).isCloseTo(expected.forecast()[h], withinPercentage(1e-4));
        }
    }

    private static byte[] resource(String dir, String name) throws IOException {
        try (InputStream in = FrozenArtifactsTest.class.getResourceAsStream("/models/" + dir + "/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
