package io.loadcast.stack.kafka;

import io.loadcast.stack.part.HealthCheck;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Healthy when the broker answers a describe-cluster request with at least one node. */
public record KafkaHealth(String bootstrapServers, Duration timeout) implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    /** With the launcher's short timeout: it polls every half second. */
    public KafkaHealth(String bootstrapServers) {
        this(bootstrapServers, TIMEOUT);
    }

    @Override
    public boolean isHealthy() {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                (int) timeout.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) timeout.toMillis(),
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG,
                500);
        Admin admin = Admin.create(config);
        try {
            return !admin.describeCluster()
                    .nodes()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } finally {
            admin.close(Duration.ZERO);
        }
    }
}
