package io.loadcast.forecast.drift;

import io.loadcast.contracts.DriftDetected;
import io.loadcast.contracts.DriftStatistic;
import io.loadcast.contracts.RetrainReason;
import io.loadcast.contracts.RetrainRequested;
import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.drift.domain.DriftStatistics;
import io.loadcast.forecast.series.SeriesSource;
import io.loadcast.forecast.serving.LatestForecasts;
import io.loadcast.forecast.serving.LoadedModel;
import io.loadcast.forecast.serving.ServingModels;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
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
    private final DriftSink sink;
    private final MeterRegistry meters;
    private final Clock clock;

    DriftMonitor(
            ForecastProperties properties,
            LatestForecasts latest,
            ServingModels models,
            SeriesSource source,
            DriftSink sink,
            MeterRegistry meters,
            Clock clock) {
        this.config = properties.drift();
        this.latest = latest;
        this.models = models;
        this.source = source;
        this.sink = sink;
        this.meters = meters;
        this.clock = clock;
    }

    /** Records the training reference of a series (its most recent training values). */
    public void reference(String seriesId, double[] values) {
        watch(seriesId)
                .reference(
                        Arrays.copyOfRange(values, Math.max(0, values.length - 4 * config.window()), values.length),
                        "training");
    }

    /** One validated reading. */
    public void observe(String seriesId, Instant timestamp, double value) {
        if (!Double.isFinite(value)) {
            return;
        }
        SeriesWatch watch = watch(seriesId);
        latest.forecastFor(seriesId, timestamp).ifPresent(f -> {
            double error = Math.abs(f - value);
            watch.error(error);
            meters.summary("loadcast.forecast.live.error").record(error);
        });
        watch.add(timestamp, value, config.window());
        if (watch.size() >= config.window() && watch.due(EVALUATE_EVERY)) {
            act(seriesId, report(seriesId));
        }
    }

    public DriftReport report(String seriesId) {
        SeriesWatch watch = watches.get(seriesId);
        if (watch == null || watch.size() < 2) {
            throw new LoadcastProblemException(
                            HttpStatus.NOT_FOUND,
                            "no-live-readings",
                            "No live readings",
                            "no readings of " + seriesId + " have arrived on the readings topic yet")
                    .with("field", "seriesId");
        }
        double[] live = watch.liveValues();
        double[] reference = watch.reference();
        if (reference == null) {
            reference = precedingWindow(seriesId, watch).orElse(null);
        }
        List<DriftReport.Score> scores = new ArrayList<>();
        if (reference != null && reference.length >= 2) {
            scores.add(score(DriftStatistic.KS, DriftStatistics.ks(reference, live), config.ksThreshold()));
            scores.add(score(DriftStatistic.PSI, DriftStatistics.psi(reference, live), config.psiThreshold()));
            scores.add(score(
                    DriftStatistic.WASSERSTEIN,
                    DriftStatistics.wasserstein(reference, live),
                    config.wassersteinThreshold()));
        }
        Instant last = watch.last();
        return new DriftReport(
                seriesId,
                watch.referenceSource(),
                reference == null ? 0 : reference.length,
                watch.first(),
                last == null ? null : last.plus(HalfHourlySeries.STEP),
                live.length,
                scores,
                watch.liveMae(),
                watch.errors());
    }

    private void act(String seriesId, DriftReport report) {
        Optional<LoadedModel> model = models.champion(io.loadcast.forecast.serving.ModelNames.forSeries(seriesId));
        String name = model.map(LoadedModel::name).orElse("none");
        String version = model.map(LoadedModel::version).orElse("none");
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
                        name,
                        version,
                        "value",
                        s.statistic(),
                        s.score(),
                        s.threshold(),
                        report.windowStart(),
                        report.windowEnd()));
            }
        }
        if (drifted && watch(seriesId).mayRetrain(clock.instant(), config.retrainCooldown())) {
            log.info("drift of {} past its thresholds: requesting retraining", seriesId);
            meters.counter("loadcast.forecast.retrain.requests", "reason", "drift")
                    .increment();
            sink.retrain(new RetrainRequested(
                    UUID.randomUUID(),
                    clock.instant(),
                    List.of(seriesId),
                    RetrainReason.DRIFT,
                    "drift-policy",
                    null,
                    null));
        }
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

    private SeriesWatch watch(String seriesId) {
        return watches.computeIfAbsent(seriesId, k -> new SeriesWatch());
    }
}
