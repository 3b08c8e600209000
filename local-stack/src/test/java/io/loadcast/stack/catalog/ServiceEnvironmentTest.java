package io.loadcast.stack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.stack.s3.S3Credentials;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {

    private final StackLayout layout = new StackLayout(Path.of("/repo/.loadcast"), Path.of("/repo"));
    private final ServiceSpec registry = new ServiceSpec("registry-service", 8085);

    @Test
    void givesEachServiceItsPortItsOwnDatabaseAndTheSharedInfrastructure() {
        Map<String, String> env =
                ServiceEnvironment.of(registry, new ServiceEnvironment.Values(layout, "key-1", Optional.empty()));

        assertThat(env)
                .containsEntry("SERVER_PORT", "8085")
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:15432/registry")
                .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")
                .containsEntry("LOADCAST_API_KEY", "key-1")
                .containsEntry("LOADCAST_HOME", "/repo/.loadcast")
                .containsEntry("LOADCAST_ARTIFACTS_ROOT", "/repo/.loadcast/artifacts");
    }

    @Test
    void passesS3SettingsOnlyWhenTheS3ServerRuns() {
        S3Credentials keys = new S3Credentials("AKID", "secret");

        Map<String, String> without =
                ServiceEnvironment.of(registry, new ServiceEnvironment.Values(layout, "k", Optional.empty()));
        Map<String, String> with =
                ServiceEnvironment.of(registry, new ServiceEnvironment.Values(layout, "k", Optional.of(keys)));

        assertThat(without).doesNotContainKeys("LOADCAST_S3_ENDPOINT", "AWS_ACCESS_KEY_ID");
        assertThat(with)
                .containsEntry("LOADCAST_S3_ENDPOINT", "http://localhost:9000")
                .containsEntry("LOADCAST_S3_BUCKET", "loadcast-artifacts")
                .containsEntry("AWS_ACCESS_KEY_ID", "AKID")
                .containsEntry("AWS_SECRET_ACCESS_KEY", "secret")
                .containsEntry("AWS_REGION", "us-east-1");
    }

    @Test
    void letsAServiceAddVariablesOfItsOwn() {
        ServiceSpec forecast = new ServiceSpec("forecast-service", 8082, Map.of("LOADCAST_DEMO_JOB", "on"));

        Map<String, String> env =
                ServiceEnvironment.of(forecast, new ServiceEnvironment.Values(layout, "k", Optional.empty()));

        assertThat(env).containsEntry("LOADCAST_DEMO_JOB", "on").containsEntry("SERVER_PORT", "8082");
    }
}
