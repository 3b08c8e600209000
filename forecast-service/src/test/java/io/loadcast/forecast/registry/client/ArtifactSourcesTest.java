package io.loadcast.forecast.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.registry.UnsafeSourceException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Issue 15, finding 1: a version's source resolves through the registry's artifact API or an allowed origin only. */
class ArtifactSourcesTest {

    static ForecastProperties properties(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("loadcast.forecast", ForecastProperties.class);
    }

    private final ArtifactSources sources = new ArtifactSources(properties(Map.of(
            "loadcast.forecast.registry-url", "http://registry:8085",
            "loadcast.forecast.artifacts.allowed-origins[0]", "https://models.example.org")));

    private final ArtifactSources.Lookups lookups = new ArtifactSources.Lookups() {
        @Override
        public String runArtifactRoot(String runId) {
            return "mlflow-artifacts:/7/" + runId + "/artifacts";
        }

        @Override
        public String versionSource(String model, @Nullable String version, @Nullable String alias) {
            return "mlflow-artifacts:/7/" + model + "-" + (version != null ? version : alias) + "/model.zip";
        }
    };

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "mlflow-artifacts:/3/r1/artifacts/model/model.zip, http://registry:8085/api/2.0/mlflow-artifacts/artifacts/3/r1/artifacts/model/model.zip",
        "runs:/abc123/model/model.zip, http://registry:8085/api/2.0/mlflow-artifacts/artifacts/7/abc123/artifacts/model/model.zip",
        "models:/forecast-GB/4, http://registry:8085/api/2.0/mlflow-artifacts/artifacts/7/forecast-GB-4/model.zip",
        "models:/forecast-GB@champion, http://registry:8085/api/2.0/mlflow-artifacts/artifacts/7/forecast-GB-champion/model.zip",
        "http://registry:8085/api/2.0/mlflow-artifacts/artifacts/1/x/model.zip, http://registry:8085/api/2.0/mlflow-artifacts/artifacts/1/x/model.zip",
        "https://models.example.org/m/model.zip, https://models.example.org/m/model.zip"
    })
    void resolvesSourcesAsMlflowDoes(String source, String url) {
        assertThat(sources.resolve(source, lookups)).hasToString(url);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:9999/steal",
                "https://models.example.org.evil.net/m.zip",
                "http://models.example.org/m.zip",
                "https://registry:8085/x",
                "http://registry:8086/x",
                "file:///etc/passwd",
                "s3://bucket/model.zip",
                "/api/2.0/mlflow/registered-models/search",
                "mlflow-artifacts:/../../mlflow/registered-models/search",
                "mlflow-artifacts:///%2e%2e/%2e%2e/x"
            })
    void refusesSourcesOutsideTheRegistryAndTheAllowList(String source) {
        assertThatThrownBy(() -> sources.resolve(source, lookups)).isInstanceOf(UnsafeSourceException.class);
    }
}
