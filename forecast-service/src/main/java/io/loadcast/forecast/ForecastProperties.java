package io.loadcast.forecast;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of forecast-service.
 *
 * @param ingestUrl base URL of ingest-service, where training data and live readings are read
 * @param registryUrl base URL of registry-service (MLflow REST API)
 * @param registryApiKey the key forecast-service writes to the registry with (EDIT); none for an open registry
 * @param maxHorizon the longest forecast served, in steps
 * @param experiment the MLflow experiment training runs are logged to
 * @param championAlias the registry alias served by default
 * @param defaultModel the model family trained when a request names none
 * @param backtestWeeks weeks at the end of the training data kept for the rolling-origin backtest, whose residuals
 *     calibrate the model's 80 %/95 % intervals: 8 by default, chosen on GB validation years (4 weeks' 53 origins
 *     over-covered by ~9 points, see the README's "Interval coverage")
 * @param trainingDays days of history read for a training run given no range or dataset
 * @param topics the Kafka topics it reads and writes
 * @param kafka how the topics it publishes to are created when absent
 * @param drift drift detection and retraining policy
 * @param recent the window of recent readings forecasts are served from
 * @param promotion the promotion policy set in the registry for a model that has none
 * @param artifacts where model artifacts may be downloaded from, and how much is read
 * @param limits bounds on what one request may ask for
 * @param http timeouts, retries and circuit breaker of the calls to ingest-service and registry-service
 * @param role what this replica does: serve forecasts, run training workers, or both
 * @param training the training queue and its workers
 * @param ingestApiKey the key forecast-service freezes dataset snapshots in ingest-service with (EDIT)
 */
@Validated
@ConfigurationProperties("loadcast.forecast")
public record ForecastProperties(
        @NotNull @DefaultValue("http://localhost:8081") URI ingestUrl,
        @NotNull @DefaultValue("http://localhost:8085") URI registryUrl,
        @Nullable String registryApiKey,
        @Positive @Max(96) @DefaultValue("96") int maxHorizon,
        @NotBlank @DefaultValue("loadcast-forecast") String experiment,
        @NotBlank @DefaultValue("champion") String championAlias,
        @NotBlank @DefaultValue("linear") String defaultModel,
        @Positive @DefaultValue("8") int backtestWeeks,
        @Positive @DefaultValue("730") int trainingDays,
        @Valid @DefaultValue Topics topics,
        @Valid @DefaultValue Kafka kafka,
        @Valid @DefaultValue Drift drift,
        @Valid @DefaultValue Recent recent,
        @Valid @DefaultValue Promotion promotion,
        @Valid @DefaultValue Artifacts artifacts,
        @Valid @DefaultValue Limits limits,
        @Valid @DefaultValue Http http,
        @NotNull @DefaultValue("both") Role role,
        @Valid @DefaultValue Training training,
        @Valid @DefaultValue Weather weather,
        @Nullable String ingestApiKey) {

    /**
     * Weather covariates of the {@code day-ahead} family, read from ingest-service's weather API.
     *
     * @param enabled whether day-ahead runs fit a weather correction and serving applies it
     * @param location the weather location (ingest's connector name) standing for GB demand
     * @param cacheSize as-of weather answers kept per origin (serving asks once per origin, not per request)
     * @param wind whether serving hands the wind on (the {@code day-ahead} wind stage, format 3); false serves a
     *     format-3 model exactly as its format-2 correction, without retraining
     */
    public record Weather(
            @DefaultValue("true") boolean enabled,
            @NotBlank @DefaultValue("LONDON") String location,
            @Positive @DefaultValue("4096") int cacheSize,
            @DefaultValue("true") boolean wind) {}

    /** What a replica does; the queue is shared in PostgreSQL, so any replica accepts training requests. */
    public enum Role {
        /** serves forecasts, watches readings (drift, live error, forecast publishing); runs no training */
        SERVING,
        /** runs training workers only; does not consume readings nor publish forecasts */
        TRAINING,
        /** both (the local default) */
        BOTH;

        public boolean trains() {
            return this != SERVING;
        }

        public boolean serves() {
            return this != TRAINING;
        }
    }

    /**
     * The durable training queue (PostgreSQL) and this replica's workers.
     *
     * @param workers runs trained at once by this replica (training roles only)
     * @param maxQueued runs waiting at most; a request beyond is refused with a 503 problem
     * @param timeout longest a run may take when its request sets none
     * @param pollInterval how often an idle worker looks at the queue (runs queued here wake it at once)
     * @param heartbeatInterval how often a worker records that its runs are alive and reads cancellations
     * @param staleAfter a RUNNING run without a heartbeat for this long belonged to a dead worker: FAILED
     * @param registryWait how long a finished run waits (RUNNING, phase REGISTERING, retrying with back-off) for an
     *     unreachable registry-service before it fails; within the run's own timeout
     */
    public record Training(
            @Positive @Max(64) @DefaultValue("1") int workers,
            @Positive @DefaultValue("100") int maxQueued,
            @NotNull @DefaultValue("PT6H") Duration timeout,
            @NotNull @DefaultValue("PT2S") Duration pollInterval,
            @NotNull @DefaultValue("PT5S") Duration heartbeatInterval,
            @NotNull @DefaultValue("PT1M") Duration staleAfter,
            @NotNull @DefaultValue("PT30M") Duration registryWait) {}

    /**
     * Topic names.
     *
     * @param readings validated readings, for live error and drift
     * @param forecasts the latest forecast per series
     * @param modelEvents registry lifecycle events, for hot swaps
     * @param drift drift past its threshold
     * @param retrainRequests requests to retrain
     */
    public record Topics(
            @NotBlank @DefaultValue(io.loadcast.contracts.Topics.READINGS)
            String readings,

            @NotBlank @DefaultValue(io.loadcast.contracts.Topics.FORECASTS)
            String forecasts,

            @NotBlank @DefaultValue(io.loadcast.contracts.Topics.MODEL_EVENTS)
            String modelEvents,

            @NotBlank @DefaultValue(io.loadcast.contracts.Topics.DRIFT)
            String drift,

            @NotBlank @DefaultValue(io.loadcast.contracts.Topics.RETRAIN_REQUESTS)
            String retrainRequests) {}

    /**
     * The topics this service publishes to (forecasts, drift, retrain requests), created at startup when absent:
     * brokers such as MSK do not create topics on first use.
     *
     * @param partitions partitions of a created topic
     * @param replicationFactor replicas of a created topic; -1 takes the broker's {@code default.replication.factor}
     */
    public record Kafka(
            @Min(1) @DefaultValue("3") int partitions,
            @Min(-1) @DefaultValue("-1") int replicationFactor) {}

    /**
     * Drift detection.
     *
     * @param window live readings (and live residuals) compared with the reference (time-ordered, most recent)
     * @param ksThreshold KS distance above which a feature drifted
     * @param psiThreshold PSI above which a feature drifted (0.25 is the usual "significant shift")
     * @param wassersteinThreshold Wasserstein distance, in reference standard deviations, above which a feature drifted
     * @param retrainCooldown least time between two drift-triggered retrain requests of a series
     * @param residualLead lead time (half-hours from the origin) whose live errors are compared with the backtest's
     *     errors at the same lead time; 48 watches the day-ahead error (capped at the model's horizon)
     * @param lateness a reading this far behind the newest one of its series is a backfill: history, not drift
     * @param liveAge a reading measured this long before now is a backfill or replay: history, not drift
     */
    public record Drift(
            @Positive @DefaultValue("336") int window,

            @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.3")
            double ksThreshold,

            @DecimalMin("0") @DefaultValue("0.25") double psiThreshold,
            @DecimalMin("0") @DefaultValue("0.5") double wassersteinThreshold,
            @NotNull @DefaultValue("PT24H") Duration retrainCooldown,
            @Positive @DefaultValue("48") int residualLead,
            @NotNull @DefaultValue("PT6H") Duration lateness,
            @NotNull @DefaultValue("P30D") Duration liveAge) {}

    /**
     * The per-series window of recent readings, fed by the readings topic and seeded from ingest-service.
     *
     * @param capacity half-hours kept per series; must cover the longest look-back plus a week of gap-filling slack
     * @param maxAge a window no reading or seed refreshed for this long is seeded again from ingest-service
     * @param historyBlocks blocks of older history (2,016 half-hours, 16 KB each) kept in memory across series
     * @param historyRefresh a block of older history is re-read from ingest-service in the background this long
     *     after it was read (imports do not come over the topic, so this is how long they take to be seen)
     * @param replicaId names this replica's own consumer group of the readings topic, so that every replica's window
     *     sees every series (the pod or container host name in a deployment)
     */
    public record Recent(
            @Positive @DefaultValue("1344") int capacity,
            @NotNull @DefaultValue("PT1H") Duration maxAge,
            @Positive @DefaultValue("2048") int historyBlocks,
            @NotNull @DefaultValue("PT5M") Duration historyRefresh,
            @NotBlank @DefaultValue("local") String replicaId) {}

    /**
     * The policy forecast-service gives a registered model that has none, so that its first version becomes
     * champion by the registry's policy ("no champion yet") and later ones must beat it.
     *
     * @param enabled ask the registry to evaluate each new version for promotion
     * @param metricKey backtest metric compared (lower is better)
     * @param minImprovementPercent how much a challenger must beat the champion by
     * @param requireApproval whether a MANAGE key must approve a passing challenger
     */
    public record Promotion(
            @DefaultValue("true") boolean enabled,
            @NotBlank @DefaultValue("mape") String metricKey,
            @DecimalMin("0") @DefaultValue("0") double minImprovementPercent,
            @DefaultValue("false") boolean requireApproval) {}

    /**
     * Model artifact downloads. A version's {@code source} is resolved through registry-service's artifact API
     * ({@code mlflow-artifacts:/}, {@code runs:/}, {@code models:/}); an {@code http(s)} source is fetched only from
     * the registry itself or an origin listed here, and never with forecast-service's API key unless it is the
     * registry's own origin.
     *
     * @param allowedOrigins extra origins ({@code https://host:port}) a version's http(s) source may point to
     * @param maxDownloadBytes the largest artifact body read; a longer one fails the load
     * @param maxEntryBytes the largest entry read inside the artifact zip (zip bomb guard)
     * @param failedLoadRetryAfter how long a version that failed to load is not fetched again
     */
    public record Artifacts(
            @DefaultValue({}) java.util.List<URI> allowedOrigins,
            @Positive @DefaultValue("268435456") long maxDownloadBytes,
            @Positive @DefaultValue("536870912") long maxEntryBytes,
            @NotNull @DefaultValue("PT5M") Duration failedLoadRetryAfter) {}

    /**
     * Bounds on one request (keyless callers may send them).
     *
     * @param maxBatchRequests the most forecasts in one batch request
     * @param maxBatchSteps the most forecast steps (sum of horizons) in one batch request
     */
    public record Limits(
            @Positive @DefaultValue("100") int maxBatchRequests,
            @Positive @DefaultValue("4800") int maxBatchSteps) {}

    /**
     * Calls to ingest-service and registry-service.
     *
     * @param connectTimeout time to open a connection
     * @param readTimeout time to wait for an answer
     * @param maxAttempts attempts of an idempotent call (GET) that failed on I/O or a 5xx
     * @param retryWait wait between two attempts
     * @param breakerFailureRatePercent failure rate over the window above which calls are refused for a while
     * @param breakerOpenFor how long calls are refused once the breaker opened
     */
    public record Http(
            @NotNull @DefaultValue("PT5S") Duration connectTimeout,
            @NotNull @DefaultValue("PT60S") Duration readTimeout,
            @Positive @Max(10) @DefaultValue("3") int maxAttempts,
            @NotNull @DefaultValue("PT0.2S") Duration retryWait,
            @Positive @Max(100) @DefaultValue("50") int breakerFailureRatePercent,
            @NotNull @DefaultValue("PT30S") Duration breakerOpenFor) {}
}
