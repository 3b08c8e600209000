package io.loadcast.forecast.drift;

import io.loadcast.contracts.DriftDetected;
import io.loadcast.contracts.DriftStatistic;
import io.loadcast.contracts.RetrainReason;
import io.loadcast.contracts.RetrainRequested;
import io.loadcast.forecast.ForecastProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drift and retraining policy: every statistic past its threshold is published as a {@code DriftDetected}
 * naming the feature (value or residual) and the model version that served the series, and a drifted series gets at most one retrain request per cooldown
 * (shared by every replica, see {@link RetrainCooldown}).
 */
final class DriftPolicy {

    private static final Logger log = LoggerFactory.getLogger(DriftPolicy.class);

    private final ForecastProperties.Drift config;
    private final DriftSink sink;
    private final MeterRegistry meters;
    private final Clock clock;
    private final RetrainCooldown cooldown;

    DriftPolicy(
            ForecastProperties.Drift config,
            DriftSink sink,
            MeterRegistry meters,
            Clock clock,
            RetrainCooldown cooldown) {
        this.config = config;
        this.sink = sink;
        this.cooldown = cooldown;
        this.meters = meters;
        this.clock = clock;
        // the dashboards and alerts read these before the first event, so they exist from startup at zero
        for (DriftStatistic statistic : DriftStatistic.values()) {
            meters.counter("loadcast.forecast.drift.events", "statistic", statistic.name());
        }
        for (RetrainReason reason : RetrainReason.values()) {
            meters.counter(
                    "loadcast.forecast.retrain.requests",
                    "reason",
                    reason.name().toLowerCase(Locale.ROOT));
        }
    }

    void act(String seriesId, DriftReport report) {
        boolean drifted = false;
        for (DriftReport.Score s : report.statistics()) {
            if (s.drifted()) {
                drifted = true;
                meters.counter(
                                "loadcast.forecast.drift.events",
                                "statistic",
                                s.statistic().name())
                        .increment();
                sink.drift(new DriftDetected(
                        UUID.randomUUID(),
                        clock.instant(),
                        seriesId,
                        report.modelName(),
                        report.modelVersion(),
                        s.feature().wireName(),
                        s.statistic(),
                        s.score(),
                        s.threshold(),
                        // a statistic can only drift over a live window, so a drifted report has one
                        Objects.requireNonNull(s.windowStart() == null ? report.windowStart() : s.windowStart()),
                        Objects.requireNonNull(report.windowEnd())));
            }
        }
        UUID requestId = UUID.randomUUID();
        if (drifted && mayRetrain(seriesId, requestId)) {
            log.info("drift of {} past its thresholds: requesting retraining", seriesId);
            meters.counter("loadcast.forecast.retrain.requests", "reason", "drift")
                    .increment();
            sink.retrain(new RetrainRequested(
                    requestId, clock.instant(), List.of(seriesId), RetrainReason.DRIFT, "drift-policy", null, null));
        }
    }

    /**
     * At most one drift retrain per series per cooldown, and none while a run of the series is queued or running,
     * across replicas (PostgreSQL); when the claim cannot be made (database down) no retrain is requested.
     */
    private boolean mayRetrain(String seriesId, UUID requestId) {
        try {
            return cooldown.claim(seriesId, clock.instant(), config.retrainCooldown(), requestId);
        } catch (RuntimeException e) {
            log.warn(
                    "drift retrain of {} not requested: the cooldown could not be claimed: {}",
                    seriesId,
                    e.getMessage());
            return false;
        }
    }
}
