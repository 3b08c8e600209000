package io.loadcast.edge;

import io.loadcast.forecast.core.data.TimedValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an edge device embeds: keeps the champion of its models current (Kafka model events, or registry polling
 * without Kafka), each artifact sha256-verified and loaded with forecast-core, and forecasts locally from the
 * readings the device records. No static state; close it to stop the background thread.
 *
 * <pre>{@code
 * try (EdgeForecaster edge = EdgeForecaster.builder()
 *         .registryUrl("https://registry.example:8085").apiKey(key)
 *         .model("forecast-site-0042").bootstrapServers("broker:9092").build()) {
 *     edge.record("site-0042", timestamp, 123.4);
 *     EdgeForecast next = edge.forecast("site-0042", null, 48);
 * }
 * }</pre>
 */
public final class EdgeForecaster implements AutoCloseable {

    private final EdgeConfig config;
    private final Champions champions;
    private final ReadingsBuffer buffer;
    private final ChampionFollower follower;

    EdgeForecaster(EdgeConfig config) {
        this.config = config;
        this.champions = new Champions(new RegistryClient(config), config);
        this.buffer = new ReadingsBuffer(config.bufferCapacity(), config.maxSeries());
        String servers = config.bootstrapServers();
        this.follower = servers == null || servers.isBlank()
                ? new ChampionPoller(champions, config)
                : new ModelEventFollower(champions, config, servers);
    }

    public static EdgeForecasterBuilder builder() {
        return new EdgeForecasterBuilder();
    }

    /** Records a reading of the device (a half-hour start, a finite value) into the bounded buffer. */
    public void record(String seriesId, Instant timestamp, double value) {
        buffer.record(seriesId, timestamp, value);
    }

    /**
     * Forecasts {@code horizon} half-hours of {@code seriesId} from the buffered readings.
     *
     * @param origin the first period forecast (only readings strictly before it are used); null = the half-hour
     *     after the latest reading
     * @throws EdgeForecastException with the {@link Refusal} when it cannot
     */
    public EdgeForecast forecast(String seriesId, @Nullable Instant origin, int horizon) {
        return forecast(seriesId, origin, horizon, buffer.readings(seriesId));
    }

    /** As {@link #forecast(String, Instant, int)}, from the given readings instead of the buffer. */
    public EdgeForecast forecast(String seriesId, @Nullable Instant origin, int horizon, List<TimedValue> readings) {
        return LocalForecast.forecast(
                model(seriesId),
                seriesId,
                origin,
                horizon,
                readings,
                config.clock().instant());
    }

    /**
     * The model of a series, as forecast-service picks it: the champion of {@code forecast-<series in lower case>}
     * when followed, else the first followed champion trained on the series.
     */
    private LoadedChampion model(String seriesId) {
        String own = "forecast-" + seriesId.toLowerCase(Locale.ROOT);
        return champions
                .get(own)
                .or(() -> config.models().stream()
                        .map(champions::get)
                        .flatMap(Optional::stream)
                        .filter(c -> c.covers(seriesId))
                        .findFirst())
                .orElseThrow(() -> new EdgeForecastException(
                        Refusal.NO_MODEL,
                        "no champion serves " + seriesId + " yet (following " + config.models() + ")"));
    }

    /** The champion serving for {@code model}, if one is loaded. */
    public Optional<LoadedChampion> champion(String model) {
        return champions.get(model);
    }

    /** Why the last attempt to swap {@code model} failed (cleared by a successful swap). */
    public Optional<String> lastError(String model) {
        return champions.lastError(model);
    }

    /** Asks the registry for the champion of {@code model} now and serves it. */
    public SwapOutcome refresh(String model) {
        return champions.refresh(model);
    }

    /**
     * Waits until the first look at the champions is done (in event mode: after the consumer got its partitions, so
     * later events are not missed); false on timeout.
     */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return follower.awaitReady(timeout);
    }

    @Override
    public void close() {
        follower.close();
    }
}
