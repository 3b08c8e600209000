package io.loadcast.registry.artifacts.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.loadcast.registry.RegistryProperties;
import io.loadcast.registry.RegistryTestEnvironment;
import io.loadcast.registry.artifacts.ArtifactStore;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.WebIdentityTokenFileCredentialsProvider;

/**
 * An S3-compatible server named by a host name (as compose and k8s name theirs: {@code http://s3:80}) is reached with
 * path-style addressing even when path-style is not asked for: virtual-hosted style would look up
 * {@code loadcast-artifacts.localhost}, which does not resolve.
 */
class S3EndpointAddressingTest {

    @TempDir
    Path dir;

    @Test
    void endpointOverrideByHostNameUsesPathStyleWithoutBeingAsked() throws Exception {
        URI proxy = RegistryTestEnvironment.s3Endpoint();
        String byHostName = "http://localhost:" + proxy.getPort();
        ArtifactStore store = new ArtifactStoreConfiguration().artifactStore(properties(byHostName));
        Path file = Files.writeString(dir.resolve("MLmodel"), "flavors: {}");

        store.put("addressing/MLmodel", file, Files.size(file));

        try (InputStream in = store.open("addressing/MLmodel").orElseThrow()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("flavors: {}");
        }
    }

    @Test
    void stsModuleLetsTheDefaultChainLoadWebIdentityCredentials() {
        // WebIdentityTokenFileCredentialsProvider finds the STS client reflectively; without the sts module on the
        // class path its creation fails and EKS pods (IRSA) fall through to the instance role
        assertThatCode(() -> WebIdentityTokenFileCredentialsProvider.builder()
                        .roleArn("arn:aws:iam::123456789012:role/loadcast-registry")
                        .webIdentityTokenFile(dir.resolve("token"))
                        .roleSessionName("registry")
                        .build()
                        .close())
                .doesNotThrowAnyException();
        assertThatCode(() -> Class.forName(
                        "software.amazon.awssdk.services.sts.internal.StsWebIdentityCredentialsProviderFactory"))
                .doesNotThrowAnyException();
    }

    private static RegistryProperties properties(String endpoint) {
        return new RegistryProperties(
                ".loadcast/artifacts",
                "ml.model-events.v1",
                Duration.ofMillis(500),
                "champion",
                new RegistryProperties.Kafka(1, -1),
                new RegistryProperties.S3(
                        RegistryTestEnvironment.BUCKET,
                        "addressing-test",
                        endpoint,
                        "us-east-1",
                        false,
                        "s3-access",
                        "s3-secret"));
    }
}
