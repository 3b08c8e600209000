package io.loadcast.stack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

    @Test
    void servicesGetTheHeapAndTheManifestsJavaCppCapsByDefault() {
        StackSettings settings = StackSettings.fromEnvironment(Map.of());

        assertThat(settings.serviceJavaOptions())
                .containsExactly(
                        "-Xmx768m",
                        "-Dorg.bytedeco.javacpp.maxbytes=640m",
                        "-Dorg.bytedeco.javacpp.maxphysicalbytes=1800m");
        assertThat(settings.serviceTimeout()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void theEnvironmentReplacesTheDefaultOptionsWhole() {
        StackSettings settings = StackSettings.fromEnvironment(Map.of(
                "LOADCAST_SERVICE_JAVA_OPTS", " -Xmx1g  -XX:+UseSerialGC ", "LOADCAST_SERVICE_TIMEOUT_SECONDS", "300"));

        assertThat(settings.serviceJavaOptions()).containsExactly("-Xmx1g", "-XX:+UseSerialGC");
        assertThat(settings.serviceTimeout()).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void aBlankVariableKeepsTheDefault() {
        StackSettings settings = StackSettings.fromEnvironment(Map.of("LOADCAST_SERVICE_JAVA_OPTS", "  "));

        assertThat(settings.serviceJavaOptions()).first().isEqualTo("-Xmx768m");
        assertThat(settings.serviceJavaOptions()).hasSize(3);
    }
}
