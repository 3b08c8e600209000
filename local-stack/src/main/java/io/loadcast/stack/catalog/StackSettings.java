package io.loadcast.stack.catalog;

import io.loadcast.stack.postgres.PostgresAccount;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tunables read from the environment, so the {@code loadcast} script needs no flags for them.
 *
 * @param serviceJavaOptions JVM options of each service ({@code LOADCAST_SERVICE_JAVA_OPTS})
 * @param infraTimeout start timeout of Kafka, PostgreSQL and S3 ({@code LOADCAST_INFRA_TIMEOUT_SECONDS})
 * @param serviceTimeout start timeout of each service ({@code LOADCAST_SERVICE_TIMEOUT_SECONDS})
 * @param postgresAccount the account PostgreSQL runs as when the launcher runs as root
 *     ({@code LOADCAST_POSTGRES_USER}, default {@value PostgresAccount#DEFAULT_NAME}); empty otherwise
 */
public record StackSettings(
        List<String> serviceJavaOptions,
        Duration infraTimeout,
        Duration serviceTimeout,
        Optional<PostgresAccount> postgresAccount) {

    /**
     * Each service's JVM options unless {@code LOADCAST_SERVICE_JAVA_OPTS} says otherwise: the heap, and for DL4J's
     * off-heap memory (forecast-service trains LSTM/GRU networks) the JavaCPP caps the k8s and compose manifests give
     * forecast-service, so a training that outgrows them ends FAILED instead of growing without bound. Services
     * without JavaCPP ignore the two properties.
     */
    public static final String DEFAULT_SERVICE_JAVA_OPTIONS =
            "-Xmx768m -Dorg.bytedeco.javacpp.maxbytes=640m -Dorg.bytedeco.javacpp.maxphysicalbytes=1800m";

    public StackSettings {
        serviceJavaOptions = List.copyOf(serviceJavaOptions);
    }

    public static StackSettings fromEnvironment(Map<String, String> env) {
        String javaOptions = Optional.ofNullable(env.get("LOADCAST_SERVICE_JAVA_OPTS"))
                .filter(value -> !value.isBlank())
                .orElse(DEFAULT_SERVICE_JAVA_OPTIONS);
        return new StackSettings(
                Arrays.stream(javaOptions.trim().split("\\s+")).toList(),
                seconds(env, "LOADCAST_INFRA_TIMEOUT_SECONDS", 120),
                seconds(env, "LOADCAST_SERVICE_TIMEOUT_SECONDS", 120),
                PostgresAccount.whenRoot(env));
    }

    private static Duration seconds(Map<String, String> env, String name, long fallback) {
        return Duration.ofSeconds(Optional.ofNullable(env.get(name))
                .filter(value -> !value.isBlank())
                .map(value -> Long.parseLong(value.trim()))
                .orElse(fallback));
    }
}
