package io.loadcast.registry.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.loadcast.registry.artifacts.ArtifactPath;
import io.loadcast.registry.mlflow.MlflowException;
import io.loadcast.registry.mlflow.SearchFilter;
import java.util.Arrays;

/**
 * Jazzer fuzz targets for the registry's parsers of outside text: MLflow search filters and artifact paths. Without
 * {@code JAZZER_FUZZ} each target runs its seed and crash inputs (src/test/resources/.../*Inputs/<method>/) as plain
 * JUnit tests in {@code ./mvnw verify}; {@code ops/fuzz-registry.sh <seconds>} fuzzes each for that long
 * (bounded by a timeout: jazzer-junit takes the fuzzing time only from the annotation). Any
 * exception but MLflow's INVALID_PARAMETER_VALUE is a finding (it would answer a 500).
 */
class RegistryParsersFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void searchFilterParsesOrRefusesWithAnMlflowError(FuzzedDataProvider data) {
        String filter = data.consumeRemainingAsString();
        try {
            for (SearchFilter.Clause clause : SearchFilter.parse(filter)) {
                assertThat(clause.key()).isNotNull();
                assertThat(clause.comparator()).isNotBlank();
            }
        } catch (MlflowException refused) {
            assertThat(refused.getMessage()).startsWith("Invalid filter");
        }
    }

    @FuzzTest(maxDuration = "5m")
    void artifactPathNeverLeavesTheRoot(FuzzedDataProvider data) {
        String path = data.consumeRemainingAsString();
        try {
            String key = ArtifactPath.normalize(path);
            assertThat(key).doesNotStartWith("/").doesNotContain("\\").doesNotContain("\0");
            assertThat(Arrays.asList(key.split("/"))).doesNotContain("..", ".");
            String uriKey = ArtifactPath.ofUri("mlflow-artifacts:" + path);
            assertThat(Arrays.asList(uriKey.split("/"))).doesNotContain("..");
        } catch (MlflowException refused) {
            assertThat(refused.getMessage()).startsWith("Invalid artifact");
        }
    }
}
