package io.loadcast.registry;

import io.loadcast.starter.testing.EmbeddedPostgresDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gaul.s3proxy.junit.S3ProxyJunitCore;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The real parts every registry test context runs against: embedded PostgreSQL, an in-process S3 server (s3proxy)
 * holding the artifacts, API keys for each role. Used as an initializer so that all test classes share one context.
 */
public final class RegistryTestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String MANAGE_KEY = "test-manage-key";
    public static final String EDIT_KEY = "test-edit-key";
    public static final String READ_KEY = "test-read-key";
    public static final String BUCKET = "loadcast-artifacts";
    static final String S3_ACCESS = "s3-access";
    static final String S3_SECRET = "s3-secret";

    private static S3ProxyJunitCore s3proxy;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        URI s3 = s3Endpoint();
        Path artifacts;
        try {
            artifacts = Files.createTempDirectory("registry-artifacts");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "registry-test",
                        Map.ofEntries(
                                Map.entry("spring.datasource.url", EmbeddedPostgresDatabase.jdbcUrl("registry")),
                                Map.entry("spring.datasource.username", "postgres"),
                                Map.entry("spring.datasource.password", "postgres"),
                                Map.entry("loadcast.security.local-key", MANAGE_KEY),
                                Map.entry("loadcast.security.api-keys[0].name", "editor"),
                                Map.entry("loadcast.security.api-keys[0].key", EDIT_KEY),
                                Map.entry("loadcast.security.api-keys[0].role", "EDIT"),
                                Map.entry("loadcast.security.api-keys[1].name", "reader"),
                                Map.entry("loadcast.security.api-keys[1].key", READ_KEY),
                                Map.entry("loadcast.security.api-keys[1].role", "READ"),
                                Map.entry("loadcast.registry.artifacts-root", artifacts.toString()),
                                Map.entry("loadcast.registry.outbox-interval", "100ms"),
                                Map.entry("loadcast.registry.s3.bucket", BUCKET),
                                Map.entry("loadcast.registry.s3.prefix", "mlflow"),
                                Map.entry("loadcast.registry.s3.endpoint", s3.toString()),
                                Map.entry("loadcast.registry.s3.path-style", "true"),
                                Map.entry("loadcast.registry.s3.access-key", S3_ACCESS),
                                Map.entry("loadcast.registry.s3.secret-key", S3_SECRET))));
    }

    /** Starts s3proxy once per JVM and creates the artifact bucket. */
    public static synchronized URI s3Endpoint() {
        if (s3proxy == null) {
            S3ProxyJunitCore core = new S3ProxyJunitCore.Builder()
                    .withCredentials(S3_ACCESS, S3_SECRET)
                    .build();
            try {
                core.beforeEach();
            } catch (Exception e) {
                throw new IllegalStateException("s3proxy did not start", e);
            }
            try (S3Client client = s3Client(core.getUri())) {
                client.createBucket(b -> b.bucket(BUCKET));
            }
            Runtime.getRuntime().addShutdownHook(new Thread(core::afterEach, "s3proxy-stop"));
            s3proxy = core;
        }
        return s3proxy.getUri();
    }

    public static S3Client s3Client(URI endpoint) {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(S3_ACCESS, S3_SECRET)))
                .build();
    }
}
