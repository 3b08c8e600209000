package io.loadcast.edge;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The settings of an {@link EdgeForecaster}, made by {@link EdgeForecasterBuilder}.
 *
 * @param registryUrl registry-service's base URL
 * @param apiKey sent as {@code X-Api-Key} to the registry's own origin only; null when reads are open
 * @param models the registered model names whose champion the device serves
 * @param bootstrapServers Kafka brokers: follow {@code ml.model-events.v1}; null to poll the registry instead
 * @param consumerGroup the Kafka consumer group of this device (its own: every device sees every event)
 * @param kafkaProperties extra consumer properties (TLS, SASL)
 * @param topic the model-events topic
 * @param championAlias the alias that names the champion
 * @param pollInterval how often the registry is polled without Kafka
 * @param requestTimeout timeout of one HTTP request
 * @param retryAttempts attempts of one registry call (1 = no retry)
 * @param retryWait wait before the first retry, doubled after each
 * @param bufferCapacity half-hours of readings kept per series
 * @param maxSeries series the readings buffer accepts
 * @param maxArtifactBytes the largest artifact downloaded (and largest zip entry inflated)
 * @param clock the device's clock
 */
public record EdgeConfig(
        URI registryUrl,
        @Nullable String apiKey,
        List<String> models,
        @Nullable String bootstrapServers,
        String consumerGroup,
        Map<String, String> kafkaProperties,
        String topic,
        String championAlias,
        Duration pollInterval,
        Duration requestTimeout,
        int retryAttempts,
        Duration retryWait,
        int bufferCapacity,
        int maxSeries,
        long maxArtifactBytes,
        Clock clock) {

    public EdgeConfig {
        Objects.requireNonNull(registryUrl, "registryUrl");
        if (models.isEmpty()) {
            throw new IllegalArgumentException("models: name at least one registered model to follow");
        }
        if (retryAttempts < 1 || bufferCapacity < 1 || maxSeries < 1 || maxArtifactBytes < 1) {
            throw new IllegalArgumentException(
                    "retryAttempts, bufferCapacity, maxSeries and maxArtifactBytes must be >= 1");
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive, not " + pollInterval);
        }
        models = List.copyOf(models);
        kafkaProperties = Map.copyOf(kafkaProperties);
    }
}
