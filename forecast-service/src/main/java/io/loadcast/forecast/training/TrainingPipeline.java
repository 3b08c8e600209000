package io.loadcast.forecast.training;

import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.core.artifact.ModelArtifact;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.evaluation.Backtest;
import io.loadcast.forecast.core.evaluation.BacktestResult;
import io.loadcast.forecast.core.evaluation.ForecastErrors;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import io.loadcast.forecast.drift.DriftMonitor;
import io.loadcast.forecast.registry.ModelRegistry;
import io.loadcast.forecast.series.Dataset;
import io.loadcast.forecast.series.SeriesSource;
import io.loadcast.forecast.serving.ServingModels;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The steps of a run: data, training, backtest, artifact, registry, serving. */
@Component
class TrainingPipeline {

    private static final Logger log = LoggerFactory.getLogger(TrainingPipeline.class);

    private final SeriesSource source;
    private final ModelRegistry registry;
    private final ServingModels serving;
    private final ChampionBacktest championBacktest;
    private final DriftMonitor drift;
    private final ForecastProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String codeVersion;
    private final String gitCommit;

    TrainingPipeline(
            SeriesSource source,
            ModelRegistry registry,
            ServingModels serving,
            ChampionBacktest championBacktest,
            DriftMonitor drift,
            ForecastProperties properties,
            MeterRegistry meters,
            Clock clock,
            CodeVersion codeVersion) {
        this.source = source;
        this.registry = registry;
        this.serving = serving;
        this.championBacktest = championBacktest;
        this.drift = drift;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
        this.codeVersion = codeVersion.value();
        this.gitCommit = codeVersion.gitCommit();
    }

    void run(RunState state) {
        TrainingCommand command = state.command();
        TrainingSpec spec = command.spec();
        String runId = null;
        try {
            runId = registry.startRun(properties.experiment(), command.modelName() + "-" + state.id());
            state.running(runId);
            Data data = load(command);
            state.phase(TrainingPhase.BUILDING_WINDOWS);
            Map<String, String> params = new LinkedHashMap<>(spec.asParams());
            params.put("series_ids", String.join(",", command.seriesIds()));
            params.put("dataset_id", data.datasetId());
            params.put("dataset_hash", data.hash());
            params.put("code_version", codeVersion);
            params.put("backtest_weeks", Integer.toString(command.backtestWeeks()));
            registry.logParams(runId, params);
            // the tags registry-service's promotion policy and MLflow's UI read
            registry.setTag(runId, "loadcast.dataset_id", data.datasetId());
            registry.setTag(runId, "loadcast.dataset_hash", data.hash());
            registry.setTag(runId, "mlflow.source.git.commit", gitCommit);
            int backtestSteps = command.backtestWeeks() * HalfHourlySeries.STEPS_PER_WEEK;
            List<HalfHourlySeries> training = new ArrayList<>();
            for (HalfHourlySeries s : data.series()) {
                if (s.size() - backtestSteps < spec.lookback() + spec.horizon()) {
                    throw new IllegalArgumentException("too little history in " + s.seriesId() + ": " + s.size()
                            + " half-hours, need " + (spec.lookback() + spec.horizon() + backtestSteps)
                            + " for look-back, horizon and a " + command.backtestWeeks() + "-week backtest");
                }
                training.add(s.slice(0, s.size() - backtestSteps));
            }
            ForecastModel model = Trainers.forFamily(spec.family())
                    .train(training, spec, new TrainingContext(data.datasetId(), codeVersion), listener(state, runId));
            state.phase(TrainingPhase.BACKTEST);
            double scale = training.stream()
                    .mapToDouble(s -> ForecastErrors.seasonalNaiveScale(s.values(), HalfHourlySeries.STEPS_PER_WEEK))
                    .average()
                    .orElse(Double.NaN);
            int stride = HalfHourlySeries.STEPS_PER_DAY / 2;
            BacktestResult result = Backtest.run(model, data.series(), backtestSteps, spec.horizon(), stride, scale);
            BacktestSummary summary = BacktestSummary.of(result);
            state.backtest(summary);
            registry.logMetrics(runId, metrics(summary, result.baseline()), 0);
            // before this version is registered: today's champion, on exactly this window, for the promotion policy
            championBacktest.logOn(
                    runId,
                    command.modelName(),
                    new ChampionBacktest.Window(
                            data.series(), backtestSteps, spec.horizon(), stride, scale, result.origins()));
            state.phase(TrainingPhase.REGISTERING);
            ModelArtifact artifact = new ModelArtifact(model, result.intervals());
            String sourceUri = registry.uploadArtifact(runId, "model/model.zip", artifact.toBytes());
            String version = registry.registerVersion(command.modelName(), sourceUri, runId);
            registry.endRun(runId, "FINISHED");
            boolean decided = requestPromotion(command.modelName(), version);
            serveIfChampion(command.modelName(), version, artifact, decided);
            training.forEach(s -> drift.reference(s.seriesId(), s.values()));
            state.succeeded(version, summary);
            meters.counter("loadcast.forecast.training.runs", "status", "succeeded")
                    .increment();
            log.info(
                    "training run {} of {} registered version {}: MAPE {}% (seasonal-naive {}%), 80% coverage {}",
                    state.id(),
                    command.modelName(),
                    version,
                    summary.mape(),
                    summary.baselineMape(),
                    summary.coverage80());
        } catch (RuntimeException e) {
            String outcome =
                    e instanceof RunStopped stop && stop.outcome() == TrainingStatus.CANCELLED ? "cancelled" : "failed";
            meters.counter("loadcast.forecast.training.runs", "status", outcome).increment();
            log.warn("training run {} {}: {}", state.id(), outcome, e.getMessage());
            // the registry first, so whoever sees the run FAILED here finds it FAILED there too
            if (runId != null) {
                try {
                    registry.setTag(runId, "failure", String.valueOf(e.getMessage()));
                    registry.endRun(runId, "FAILED");
                } catch (RuntimeException registryDown) {
                    log.warn("could not mark registry run {} FAILED: {}", runId, registryDown.getMessage());
                }
            }
            if (e instanceof RunStopped stop) {
                state.stopped(stop);
            } else {
                state.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
    }

    private EpochListener listener(RunState state, String runId) {
        long[] last = {System.nanoTime()};
        return new EpochListener() {
            @Override
            public void onBatch(int epoch, int batch, int batches) {
                state.batch(epoch, batch, batches);
            }

            @Override
            public void onEpoch(int epoch, int epochs, double loss) {
                epochDone(state, runId, last, epoch, epochs, loss);
            }
        };
    }

    private void epochDone(RunState state, String runId, long[] last, int epoch, int epochs, double loss) {
        long now = System.nanoTime();
        meters.timer(
                        "loadcast.forecast.training.epoch.duration",
                        "family",
                        state.command().spec().family().slug())
                .record(Duration.ofNanos(now - last[0]));
        last[0] = now;
        if (Double.isFinite(loss)) {
            registry.logMetric(runId, "train_loss", loss, epoch);
            log.info("training run {} epoch {}/{} loss {}", state.id(), epoch, epochs, loss);
        }
        state.epoch(epoch, epochs, loss);
    }

    /**
     * Asks the registry's promotion policy about the new version; a model without a policy first gets the
     * configured one, so the first version of a fresh registry becomes champion ("no champion yet") by policy.
     */
    private boolean requestPromotion(String name, String version) {
        ForecastProperties.Promotion policy = properties.promotion();
        if (!policy.enabled()) {
            return false;
        }
        try {
            Optional<String> decision = registry.requestPromotion(name, version);
            if (decision.isEmpty()) {
                registry.setPolicy(name, policy.metricKey(), policy.minImprovementPercent(), policy.requireApproval());
                log.info("gave {} the promotion policy {}", name, policy);
                decision = registry.requestPromotion(name, version);
            }
            log.info("registry's promotion decision for {} version {}: {}", name, version, decision.orElse("none"));
            return decision.isPresent();
        } catch (RuntimeException e) {
            log.warn("could not request promotion of {} version {}: {}", name, version, e.getMessage());
            return false;
        }
    }

    private void serveIfChampion(String name, String version, ModelArtifact artifact, boolean decided) {
        var champion = registry.alias(name, properties.championAlias());
        if (champion.map(c -> c.version().equals(version)).orElse(!decided)) {
            // the champion, or no policy has spoken (promotion off, registry unreachable): serve the newest version
            // until the registry names a champion; a first version the policy rejected is not served
            serving.install(name, version, artifact);
        }
    }

    /**
     * The run's backtest figures, and the weekly seasonal-naive forecast's on the same origins as
     * {@code baseline_<metric>}, which the registry's policy makes a first version beat.
     */
    private static Map<String, Double> metrics(BacktestSummary s, ForecastErrors naive) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mae", s.mae());
        m.put("mape", s.mape());
        m.put("smape", s.smape());
        m.put("mase", s.mase());
        m.put("rmse", s.rmse());
        m.put("baseline_mape", s.baselineMape());
        m.put("baseline_mae", naive.mae());
        m.put("baseline_smape", naive.smape());
        m.put("baseline_mase", naive.mase());
        m.put("baseline_rmse", naive.rmse());
        m.put("coverage_80", s.coverage80());
        m.put("coverage_95", s.coverage95());
        for (int h = 0; h < s.maeByStep().length; h++) {
            m.put("mae_step_" + (h + 1), s.maeByStep()[h]);
        }
        return m;
    }

    private record Data(List<HalfHourlySeries> series, String datasetId, String hash) {}

    /**
     * The run's data, always from a dataset snapshot: the request's, or one frozen now over the range it asks for
     * (the last {@code training-days} by default), so that every run, drift retrains included, names in its lineage
     * the exact data it used.
     */
    private Data load(TrainingCommand command) {
        String datasetId = command.datasetId();
        if (datasetId == null) {
            Instant to = command.to() != null ? command.to() : clock.instant();
            Instant from =
                    command.from() != null ? command.from() : to.minus(Duration.ofDays(properties.trainingDays()));
            datasetId = source.freeze(command.seriesIds(), from, to);
            log.info("froze {} [{}, {}) as dataset {}", command.seriesIds(), from, to, datasetId);
        }
        Dataset dataset = source.dataset(datasetId);
        List<HalfHourlySeries> raw = dataset.series().stream()
                .filter(s -> command.seriesIds().contains(s.seriesId()))
                .toList();
        String hash = dataset.contentHash();
        List<HalfHourlySeries> filled = new ArrayList<>();
        for (HalfHourlySeries s : raw) {
            if (s.size() == 0 || s.missingCount() > s.size() / 2) {
                throw new IllegalArgumentException("series " + s.seriesId() + " has too few readings to train on ("
                        + (s.size() - s.missingCount()) + ")");
            }
            filled.add(s.filled());
        }
        if (filled.isEmpty()) {
            throw new IllegalArgumentException("none of " + command.seriesIds() + " has data to train on");
        }
        String fingerprint = io.loadcast.forecast.core.model.DataFingerprint.of(filled);
        return new Data(filled, dataset.id(), hash.isEmpty() ? fingerprint : hash);
    }
}
