package io.loadcast.forecast.drift;

import io.loadcast.contracts.DriftStatistic;
import io.loadcast.contracts.ForecastPoint;
import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.drift.domain.DriftStatistics;
import io.loadcast.forecast.registry.ModelRegistry;
import io.loadcast.forecast.series.SeriesSource;
import io.loadcast.forecast.serving.Forecast;
import io.loadcast.forecast.serving.LatestForecasts;
import io.loadcast.forecast.serving.ServingModels;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Watches validated readings: live error of the latest served forecast, and drift of the most recent window of
 * readings against the training reference (or, when none was recorded here, the four weeks before the window).
 * Drift past a threshold is published; the retraining policy turns it into at most one retrain request per series
 * per cooldown.
 */
@Service
public class DriftMonitor {

    private static final Logger log = LoggerFactory.getLogger(DriftMonitor.class);
    private static final int EVALUATE_EVERY = HalfHourlySeries.STEPS_PER_DAY;

    private final Map<String, SeriesWatch> watches = new ConcurrentHashMap<>();
    private final ForecastProperties.Drift config;
    private final LatestForecasts latest;
    private final ServingModels models;
    private final SeriesSource source;
    private final ModelRegistry registry;
    private final ReferenceStore references;
    private final DistributionSummary liveError;
    private final DriftPolicy policy;
    private final DriftGauges gauges;

    DriftMonitor(
            ForecastProperties properties,
            LatestForecasts latest,
            ServingModels models,
            SeriesSource source,
            DriftSink sink,
            MeterRegistry meters,
            Clock clock,
            ModelRegistry registry,
            ReferenceStore references) {
        this.config = properties.drift();
        this.latest = latest;
        this.models = models;
        this.source = source;
        this.registry = registry;
        this.references = references;
        // the dashboards and alerts read these before the first event, so they exist from startup at zero
        this.liveError = DistributionSummary.builder("loadcast.forecast.live.error")
                // no base unit: the dashboards read loadcast_forecast_live_error_count/_sum
                .description("absolute error (MW) of served forecasts as actuals arrive")
                .register(meters);
        this.policy = new DriftPolicy(config, models, sink, meters, clock);
        this.gauges = new DriftGauges(meters);
    }

    /** Records the training reference of a series (its most recent training values). */
    public void reference(String seriesId, double[] values) {
        double[] reference =
                Arrays.copyOfRange(values, Math.max(0, values.length - 4 * config.window()), values.length);
        watch(seriesId).reference(reference, "training");
        gauges.show(seriesId);
        try {
            references.save(seriesId, reference, "training");
        } catch (RuntimeException e) {
            log.warn("drift reference of {} not stored: {}", seriesId, e.getMessage());
        }
    }

    /** One validated reading. */
    public void observe(String seriesId, Instant timestamp, double value) {
        if (!Double.isFinite(value)) {
            return;
        }
        SeriesWatch watch = watch(seriesId);
        latest.latest(seriesId)
                .ifPresent(f -> valueAt(f, timestamp).ifPresent(predicted -> {
                    double error = Math.abs(predicted - value);
                    watch.error(error);
                    liveError.record(error);
                    reportToCanaryWatch(f, error);
                }));
        watch.add(timestamp, value, config.window());
        if (watch.size() >= config.window() && watch.due(EVALUATE_EVERY)) {
            policy.act(seriesId, report(seriesId), watch);
        }
    }

    private static Optional<Double> valueAt(Forecast forecast, Instant timestamp) {
        for (ForecastPoint p : forecast.points()) {
            if (p.timestamp().equals(timestamp)) {
                return Optional.of(p.value());
            }
        }
        return Optional.empty();
    }

    /** While a canary runs, the registry compares the live errors of canary and champion and may roll back. */
    private void reportToCanaryWatch(Forecast forecast, double error) {
        if (models.canary(forecast.modelName()).isEmpty()) {
            return;
        }
        try {
            registry.reportLiveError(forecast.modelName(), forecast.modelVersion(), error);
        } catch (RuntimeException e) {
            log.debug(
                    "live error of {} v{} not reported: {}",
                    forecast.modelName(),
                    forecast.modelVersion(),
                    e.getMessage());
        }
    }

    public DriftReport report(String seriesId) {
        SeriesWatch watch = watches.get(seriesId);
        if (watch == null || watch.size() < 2) {
            throw new LoadcastProblemException(
                            ProblemType.NO_LIVE_READINGS,
                            "no readings of " + seriesId + " have arrived on the readings topic yet")
                    .with("field", "seriesId");
        }
        double[] live = watch.liveValues();
        double[] reference = watch.reference();
        if (reference == null) {
            reference = precedingWindow(seriesId, watch).orElse(null);
        }
        List<DriftReport.Score> found = new ArrayList<>();
        if (reference != null && reference.length >= 2) {
            found.add(score(DriftStatistic.KS, DriftStatistics.ks(reference, live), config.ksThreshold()));
            found.add(score(DriftStatistic.PSI, DriftStatistics.psi(reference, live), config.psiThreshold()));
            found.add(score(
                    DriftStatistic.WASSERSTEIN,
                    DriftStatistics.wasserstein(reference, live),
                    config.wassersteinThreshold()));
        }
        found.forEach(score -> gauges.set(seriesId, score));
        Instant last = watch.last();
        return new DriftReport(
                seriesId,
                watch.referenceSource(),
                reference == null ? 0 : reference.length,
                watch.first(),
                last == null ? null : last.plus(HalfHourlySeries.STEP),
                live.length,
                found,
                watch.liveMae(),
                watch.errors());
    }

    private Optional<double[]> precedingWindow(String seriesId, SeriesWatch watch) {
        Instant start = watch.first();
        if (start == null) {
            return Optional.empty();
        }
        try {
            HalfHourlySeries before = source.readings(
                    seriesId, start.minus(HalfHourlySeries.STEP.multipliedBy(4L * config.window())), start);
            double[] values =
                    Arrays.stream(before.values()).filter(Double::isFinite).toArray();
            if (values.length >= config.window()) {
                watch.reference(values, "preceding-window");
                return Optional.of(values);
            }
        } catch (RuntimeException e) {
            log.debug("no reference for {}: {}", seriesId, e.getMessage());
        }
        return Optional.empty();
    }

    private static DriftReport.Score score(DriftStatistic statistic, double value, double threshold) {
        return new DriftReport.Score(statistic, value, threshold, value > threshold);
    }

    /** The watch of a series; a new one starts from the training reference stored by an earlier process. */
    private SeriesWatch watch(String seriesId) {
        return watches.computeIfAbsent(seriesId, k -> {
            SeriesWatch watch = new SeriesWatch();
            try {
                references.find(k).ifPresent(r -> {
                    watch.reference(r, "training");
                    gauges.show(k);
                });
            } catch (RuntimeException e) {
                log.warn("drift reference of {} not read: {}", k, e.getMessage());
            }
            return watch;
        });
    }
}
