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

/** Builds an {@link EdgeForecaster}; registry URL and at least one model are required. */
public final class EdgeForecasterBuilder {

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

    EdgeForecasterBuilder() {}

    public EdgeForecasterBuilder registryUrl(String url) {
        this.registryUrl = URI.create(url.endsWith("/") ? url : url + "/");
        return this;
    }

    public EdgeForecasterBuilder apiKey(String key) {
        this.apiKey = key;
        return this;
    }

    /** Follows the champion of {@code name}; call once per model. */
    public EdgeForecasterBuilder model(String name) {
        models.add(name);
        return this;
    }

    /** Follows {@code ml.model-events.v1} on these brokers instead of polling. */
    public EdgeForecasterBuilder bootstrapServers(String servers) {
        this.bootstrapServers = servers;
        return this;
    }

    public EdgeForecasterBuilder consumerGroup(String group) {
        this.consumerGroup = group;
        return this;
    }

    public EdgeForecasterBuilder kafkaProperty(String key, String value) {
        kafkaProperties.put(key, value);
        return this;
    }

    public EdgeForecasterBuilder topic(String name) {
        this.topic = name;
        return this;
    }

    public EdgeForecasterBuilder championAlias(String alias) {
        this.championAlias = alias;
        return this;
    }

    public EdgeForecasterBuilder pollInterval(Duration interval) {
        this.pollInterval = interval;
        return this;
    }

    public EdgeForecasterBuilder requestTimeout(Duration timeout) {
        this.requestTimeout = timeout;
        return this;
    }

    /** {@code attempts} per registry call, waiting {@code firstWait} (then doubling) between them. */
    public EdgeForecasterBuilder retry(int attempts, Duration firstWait) {
        this.retryAttempts = attempts;
        this.retryWait = firstWait;
        return this;
    }

    /** Half-hours of readings kept per series (at least the model's look-back plus a week for gap filling). */
    public EdgeForecasterBuilder bufferCapacity(int halfHours) {
        this.bufferCapacity = halfHours;
        return this;
    }

    public EdgeForecasterBuilder maxSeries(int count) {
        this.maxSeries = count;
        return this;
    }

    public EdgeForecasterBuilder maxArtifactBytes(long bytes) {
        this.maxArtifactBytes = bytes;
        return this;
    }

    public EdgeForecasterBuilder clock(Clock deviceClock) {
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
