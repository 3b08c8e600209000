package io.loadcast.registry.artifacts.store;

import io.loadcast.registry.RegistryProperties;
import io.loadcast.registry.artifacts.ArtifactStore;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * S3 when {@code loadcast.registry.s3.bucket} is set, else the local directory. With an endpoint override the client
 * always addresses the bucket in the path: virtual-hosted style would put the bucket in the host name
 * ({@code loadcast-artifacts.s3:80}), which no S3-compatible server's DNS name answers to.
 */
@Configuration(proxyBeanMethods = false)
class ArtifactStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ArtifactStoreConfiguration.class);

    @Bean
    ArtifactStore artifactStore(RegistryProperties properties) {
        RegistryProperties.S3 s3 = properties.s3();
        if (!s3.enabled()) {
            log.info("Artifacts on local disk under {}", properties.artifactsRoot());
            return new LocalArtifactStore(Path.of(properties.artifactsRoot()));
        }
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(s3.region()))
                .forcePathStyle(s3.pathStyle() || s3.endpointOverridden())
                .credentialsProvider(
                        s3.accessKey() != null && s3.secretKey() != null
                                ? StaticCredentialsProvider.create(
                                        AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()))
                                : DefaultCredentialsProvider.builder().build());
        if (s3.endpointOverridden()) {
            builder.endpointOverride(URI.create(Objects.requireNonNull(s3.endpoint())));
        }
        log.info("Artifacts in S3 bucket {} under prefix '{}'", s3.bucket(), s3.prefix());
        // this configuration is only active when the bucket is set (see the condition above)
        return new S3ArtifactStore(builder.build(), Objects.requireNonNull(s3.bucket()), s3.prefix());
    }
}
