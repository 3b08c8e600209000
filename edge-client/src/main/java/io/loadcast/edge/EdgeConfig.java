package io.loadcast.edge;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The settings of an {@link EdgeForecaster}, made by {@link EdgeForecaster#builder()}.
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

    /** Builds an {@link EdgeForecaster}; registry URL and at least one model are required. */
    public static final class Builder {

        private @Nullable URI registryUrl;
        private @Nullable String apiKey;
        private final List<String> models = new ArrayList<>();
        private @Nullable String bootstrapServers;
        private String consumerGroup = "edge-" + UUID.randomUUID();
        private final Map<String, String> kafkaProperties = new LinkedHashMap<>();
        private String topic = io.loadcast.contracts.Topics.MODEL_EVENTS;
        private String championAlias = "champion";
        private Duration pollInterval = Duration.ofMinutes(1);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private int retryAttempts = 3;
        private Duration retryWait = Duration.ofMillis(500);
        private int bufferCapacity = 3 * 336;
        private int maxSeries = 16;
        private long maxArtifactBytes = 256L * 1024 * 1024;
        private Clock clock = Clock.systemUTC();

        Builder() {}

        public Builder registryUrl(String url) {
            this.registryUrl = URI.create(url.endsWith("/") ? url : url + "/");
            return this;
        }

        public Builder apiKey(String key) {
            this.apiKey = key;
            return this;
        }

        /** Follows the champion of {@code name}; call once per model. */
        public Builder model(String name) {
            models.add(name);
            return this;
        }

        /** Follows {@code ml.model-events.v1} on these brokers instead of polling. */
        public Builder bootstrapServers(String servers) {
            this.bootstrapServers = servers;
            return this;
        }

        public Builder consumerGroup(String group) {
            this.consumerGroup = group;
            return this;
        }

        public Builder kafkaProperty(String key, String value) {
            kafkaProperties.put(key, value);
            return this;
        }

        public Builder topic(String name) {
            this.topic = name;
            return this;
        }

        public Builder championAlias(String alias) {
            this.championAlias = alias;
            return this;
        }

        public Builder pollInterval(Duration interval) {
            this.pollInterval = interval;
            return this;
        }

        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        /** {@code attempts} per registry call, waiting {@code firstWait} (then doubling) between them. */
        public Builder retry(int attempts, Duration firstWait) {
            this.retryAttempts = attempts;
            this.retryWait = firstWait;
            return this;
        }

        /** Half-hours of readings kept per series (at least the model's look-back plus a week for gap filling). */
        public Builder bufferCapacity(int halfHours) {
            this.bufferCapacity = halfHours;
            return this;
        }

        public Builder maxSeries(int count) {
            this.maxSeries = count;
            return this;
        }

        public Builder maxArtifactBytes(long bytes) {
            this.maxArtifactBytes = bytes;
            return this;
        }

        public Builder clock(Clock deviceClock) {
            this.clock = deviceClock;
            return this;
        }

        public EdgeConfig config() {
            return new EdgeConfig(
                    Objects.requireNonNull(registryUrl, "registryUrl is required"),
                    apiKey,
                    models,
                    bootstrapServers,
                    consumerGroup,
                    kafkaProperties,
                    topic,
                    championAlias,
                    pollInterval,
                    requestTimeout,
                    retryAttempts,
                    retryWait,
                    bufferCapacity,
                    maxSeries,
                    maxArtifactBytes,
                    clock);
        }

        /** Builds the forecaster and starts following the champions (in the background). */
        public EdgeForecaster build() {
            return new EdgeForecaster(config());
        }
    }
}
