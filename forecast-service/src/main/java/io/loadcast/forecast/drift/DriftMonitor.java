package io.loadcast.forecast.drift;

import io.loadcast.contracts.DriftStatistic;
import io.loadcast.contracts.ForecastPoint;
import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.drift.DriftReport.Feature;
import io.loadcast.forecast.drift.DriftReport.Score;
import io.loadcast.forecast.drift.domain.BacktestResiduals;
import io.loadcast.forecast.drift.domain.DriftStatistics;
import io.loadcast.forecast.registry.ModelRegistry;
import io.loadcast.forecast.series.SeriesSource;
import io.loadcast.forecast.serving.Forecast;
import io.loadcast.forecast.serving.LatestForecasts;
import io.loadcast.forecast.serving.ServingModels;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Watches validated readings for drift that means something. <b>Forecast error</b>: each served forecast's value at
 * the watched lead time (a day ahead by default) waits for its actual; the live residuals are compared with the
 * residuals the serving model version made at that lead time in its backtest. <b>Inputs</b>: the live window is
 * compared with the same weeks a year earlier (52 weeks, so weekdays align), not with a training mean, so the
 * normal autumn-to-winter rise is not drift; without a year of history inputs are not judged. Readings far behind the
 * newest one of their series, or far behind the wall clock (backfills, replays), update history but not drift.
 * Drift past a threshold is published; the retraining policy turns it into at most one retrain request per series
 * per cooldown.
 */
@Service
public class DriftMonitor {

    private static final Logger log = LoggerFactory.getLogger(DriftMonitor.class);
    private static final int EVALUATE_EVERY = HalfHourlySeries.STEPS_PER_DAY;
    /** At most four weeks of backtest residuals: whole weeks, so weekdays and weekends are both in the reference. */
    private static final int MAX_REFERENCE = 4 * HalfHourlySeries.STEPS_PER_WEEK;

    private final Map<String, SeriesWatch> watches = new ConcurrentHashMap<>();
    private final Map<ServedSeries, Optional<ResidualReference>> residualReferences = new ConcurrentHashMap<>();
    private final ForecastProperties.Drift config;
    private final LatestForecasts latest;
    private final ServingModels models;
    private final SameSeason sameSeason;
    private final ModelRegistry registry;
    private final ReferenceStore references;
    private final Clock clock;
    private final DistributionSummary liveError;
    private final Counter liveReadings;
    private final Counter backfills;
    private final DriftPolicy policy;
    private final DriftGauges gauges;

    /** A model version serving a series: the key of its residual reference. */
    private record ServedSeries(ServedModel model, String seriesId) {}

    DriftMonitor(
            ForecastProperties properties,
            LatestForecasts latest,
            ServingModels models,
            SeriesSource source,
            DriftSink sink,
            MeterRegistry meters,
            Clock clock,
            ModelRegistry registry,
            ReferenceStore references,
            RetrainCooldown cooldown) {
        this.config = properties.drift();
        this.latest = latest;
        this.models = models;
        this.sameSeason = new SameSeason(source);
        this.registry = registry;
        this.references = references;
        this.clock = clock;
        // the dashboards and alerts read these before the first event, so they exist from startup at zero
        this.liveError = DistributionSummary.builder("loadcast.forecast.live.error")
                // no base unit: the dashboards read loadcast_forecast_live_error_count/_sum
                .description("absolute error (MW) of served forecasts as actuals arrive")
                .register(meters);
        this.liveReadings = Counter.builder("loadcast.forecast.drift.readings")
                .description("readings the drift watch saw, live or backfilled (history only)")
                .tag("kind", "live")
                .register(meters);
        this.backfills = Counter.builder("loadcast.forecast.drift.readings")
                .description("readings the drift watch saw, live or backfilled (history only)")
                .tag("kind", "backfill")
                .register(meters);
        this.policy = new DriftPolicy(config, sink, meters, clock, cooldown);
        this.gauges = new DriftGauges(meters);
    }

    /**
     * Records what a newly registered model version's errors look like on each series it was trained on: its
     * residuals at the watched lead time over the backtest span.
     *
     * @param series gap-free series whose last {@code backtestSteps} periods the model was not trained on
     */
    public void reference(
            String modelName, String version, ForecastModel model, List<HalfHourlySeries> series, int backtestSteps) {
        int lead = Math.min(config.residualLead(), model.maxHorizon());
        for (HalfHourlySeries s : series) {
            ResidualReference reference;
            try {
                reference = new ResidualReference(
                        modelName,
                        version,
                        s.seriesId(),
                        lead,
                        BacktestResiduals.at(model, s, backtestSteps, lead, MAX_REFERENCE));
            } catch (RuntimeException e) {
                log.warn("no residual reference of {} v{} on {}: {}", modelName, version, s.seriesId(), e.getMessage());
                continue;
            }
            residualReferences.put(
                    new ServedSeries(new ServedModel(modelName, version), s.seriesId()), Optional.of(reference));
            gauges.show(s.seriesId());
            try {
                references.save(reference);
            } catch (RuntimeException e) {
                log.warn("residual reference of {} on {} not stored: {}", modelName, s.seriesId(), e.getMessage());
            }
        }
    }

    /** A forecast was served: its value at the watched lead time waits for the actual. */
    public void served(Forecast forecast) {
        if (forecast.points().isEmpty()) {
            return;
        }
        int lead = Math.min(config.residualLead(), forecast.points().size());
        var point = forecast.points().get(lead - 1);
        watch(forecast.seriesId())
                .expect(
                        point.timestamp(),
                        point.value(),
                        new ServedModel(forecast.modelName(), forecast.modelVersion()),
                        4 * config.residualLead() + HalfHourlySeries.STEPS_PER_DAY);
    }

    /** One validated reading. */
    public void observe(String seriesId, Instant timestamp, double value) {
        if (!Double.isFinite(value)) {
            return;
        }
        SeriesWatch watch = watch(seriesId);
        if (!watch.isLive(timestamp, clock.instant(), config.lateness(), config.liveAge())) {
            backfills.increment();
            return;
        }
        liveReadings.increment();
        // the live error of the latest forecast (one step ahead), for the dashboards and the canary watch
        latest.latest(seriesId)
                .ifPresent(f -> valueAt(f, timestamp).ifPresent(predicted -> {
                    double error = Math.abs(predicted - value);
                    liveError.record(error);
                    reportToCanaryWatch(new ServedModel(f.modelName(), f.modelVersion()), error);
                }));
        // the residual at the watched lead time, for drift
        Double forecast = watch.expected(timestamp);
        if (forecast != null) {
            watch.residual(timestamp, value - forecast, config.window());
        }
        watch.add(timestamp, value, config.window());
        boolean enough = watch.size() >= config.window() || watch.residualCount() >= minResiduals();
        if (enough && watch.due(EVALUATE_EVERY)) {
            policy.act(seriesId, report(seriesId));
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
    private void reportToCanaryWatch(ServedModel served, double error) {
        if (models.canary(served.name()).isEmpty()) {
            return;
        }
        try {
            registry.reportLiveError(served.name(), served.version(), error);
        } catch (RuntimeException e) {
            log.debug("live error of {} v{} not reported: {}", served.name(), served.version(), e.getMessage());
        }
    }

    public DriftReport report(String seriesId) {
        SeriesWatch watch = watches.get(seriesId);
        if (watch == null || watch.size() < 2) {
            throw new LoadcastProblemException(
                            ProblemType.NO_LIVE_READINGS,
                            "no live readings of " + seriesId + " have arrived on the readings topic yet")
                    .with("field", "seriesId");
        }
        ServedModel served = watch.servedBy();
        double[] live = watch.liveValues();
        Instant first = watch.first();
        Instant last = watch.last();
        double[] season = live.length >= config.window() && first != null && last != null
                ? sameSeason
                        .of(seriesId, first, last.plus(HalfHourlySeries.STEP), live.length)
                        .orElse(new double[0])
                : new double[0];
        double[] residuals = watch.residualValues();
        double[] expected = residualReference(served, seriesId)
                .map(ResidualReference::residuals)
                .orElse(new double[0]);
        List<Score> found = new ArrayList<>();
        if (season.length >= 2) {
            found.addAll(scores(Feature.VALUE, season, live, watch.first()));
        }
        if (expected.length >= 2 && residuals.length >= minResiduals()) {
            found.addAll(scores(Feature.RESIDUAL, expected, residuals, watch.firstResidual()));
        }
        found.forEach(score -> gauges.set(seriesId, score));
        return new DriftReport(
                seriesId,
                served.name(),
                served.version(),
                season.length >= 2 ? "same-season" : "none",
                season.length,
                expected.length,
                first,
                last == null ? null : last.plus(HalfHourlySeries.STEP),
                live.length,
                residuals.length,
                found,
                watch.liveMae(),
                watch.errors());
    }

    /** Residuals are judged from a quarter of the window on: an error that shifts is news within two days. */
    private int minResiduals() {
        return Math.max(2, config.window() / 4);
    }

    /**
     * KS and Wasserstein always; PSI only over a full window: with a quarter of a window of autocorrelated residuals
     * a decile bin is easily empty, and its floored share alone pushes PSI past 0.25 on undrifted errors.
     */
    private List<Score> scores(Feature feature, double[] reference, double[] live, @Nullable Instant start) {
        List<Score> scores = new ArrayList<>();
        scores.add(score(feature, DriftStatistic.KS, DriftStatistics.ks(reference, live), config.ksThreshold(), start));
        if (live.length >= config.window()) {
            scores.add(score(
                    feature, DriftStatistic.PSI, DriftStatistics.psi(reference, live), config.psiThreshold(), start));
        }
        scores.add(score(
                feature,
                DriftStatistic.WASSERSTEIN,
                DriftStatistics.wasserstein(reference, live),
                config.wassersteinThreshold(),
                start));
        return scores;
    }

    private static Score score(
            Feature feature, DriftStatistic statistic, double value, double threshold, @Nullable Instant start) {
        return new Score(feature, statistic, value, threshold, value > threshold, start);
    }

    private Optional<ResidualReference> residualReference(ServedModel served, String seriesId) {
        if (served == ServedModel.NONE) {
            return Optional.empty();
        }
        ServedSeries key = new ServedSeries(served, seriesId);
        Optional<ResidualReference> known = residualReferences.get(key);
        if (known != null) {
            return known;
        }
        try {
            Optional<ResidualReference> found = references.find(served.name(), served.version(), seriesId);
            residualReferences.put(key, found);
            return found;
        } catch (RuntimeException e) {
            log.warn("residual reference of {} on {} not read: {}", served, seriesId, e.getMessage());
            return Optional.empty();
        }
    }

    private SeriesWatch watch(String seriesId) {
        return watches.computeIfAbsent(seriesId, k -> new SeriesWatch());
    }
}
