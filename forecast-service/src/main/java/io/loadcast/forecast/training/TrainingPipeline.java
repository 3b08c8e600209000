package io.loadcast.forecast.training;

import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.core.artifact.ModelArtifact;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.evaluation.Backtest;
import io.loadcast.forecast.core.evaluation.BacktestResult;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Trainer;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import io.loadcast.forecast.core.model.WeatherAwareModel;
import io.loadcast.forecast.drift.DriftMonitor;
import io.loadcast.forecast.registry.ModelRegistry;
import io.loadcast.forecast.series.SeriesSource;
import io.loadcast.forecast.serving.ServingModels;
import io.loadcast.forecast.weather.WeatherSource;
import io.loadcast.forecast.weather.WeatherUnavailableException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
    private final ObservationRegistry observations;
    private final Clock clock;
    private final String codeVersion;
    private final String gitCommit;
    private final RegistryRetry registryRetry;
    private final WeatherSource weather;

    TrainingPipeline(
            SeriesSource source,
            WeatherSource weather,
            ModelRegistry registry,
            ServingModels serving,
            ChampionBacktest championBacktest,
            DriftMonitor drift,
            ForecastProperties properties,
            MeterRegistry meters,
            ObservationRegistry observations,
            Clock clock,
            CodeVersion codeVersion) {
        this.source = source;
        this.weather = weather;
        this.registry = registry;
        this.serving = serving;
        this.championBacktest = championBacktest;
        this.drift = drift;
        this.properties = properties;
        this.meters = meters;
        this.observations = observations;
        this.clock = clock;
        this.codeVersion = codeVersion.value();
        this.gitCommit = codeVersion.gitCommit();
        this.registryRetry = new RegistryRetry(clock, properties.training().registryWait());
    }

    void run(RunState state) {
        String runId = null;
        try {
            runId = registry.startRun(properties.experiment(), state.command().modelName() + "-" + state.id());
            state.running(runId);
            execute(state, runId);
        } catch (RuntimeException e) {
            failed(state, runId, e);
        }
    }

    private void execute(RunState state, String runId) {
        TrainingCommand command = state.command();
        TrainingData data = TrainingData.load(command, source, properties.trainingDays(), clock);
        state.phase(TrainingPhase.BUILDING_WINDOWS);
        logLineage(runId, command, data);
        int backtestSteps = command.backtestWeeks() * HalfHourlySeries.STEPS_PER_WEEK;
        List<HalfHourlySeries> training = data.training(command.spec(), backtestSteps);
        WeatherDays actuals = weatherActuals(runId, command.spec().family(), data.series());
        // with their gaps: trainers fill them, and auto's validation scores only observed periods
        ForecastModel model = train(state, runId, data, data.observedTraining(backtestSteps), actuals);
        state.phase(TrainingPhase.BACKTEST);
        BacktestResult result = backtest(
                state,
                runId,
                command,
                data,
                backtestSteps,
                TrainingData.naiveScale(training),
                scoredWith(model, actuals, runId),
                actuals);
        BacktestSummary summary = BacktestSummary.of(result);
        state.backtest(summary);
        state.phase(TrainingPhase.REGISTERING);
        String version = register(state, runId, command.modelName(), new ModelArtifact(model, result.intervals()));
        drift.reference(command.modelName(), version, model, data.series(), backtestSteps);
        state.succeeded(version, summary);
        meters.counter("loadcast.forecast.training.runs", "status", "succeeded").increment();
        log.info(
                "training run {} of {} registered version {}: MAPE {}% (seasonal-naive {}%), 80% coverage {}",
                state.id(), command.modelName(), version, summary.mape(), summary.baselineMape(), summary.coverage80());
    }

    /** Params, and the tags registry-service's promotion policy and MLflow's UI read. */
    private void logLineage(String runId, TrainingCommand command, TrainingData data) {
        registry.logParams(runId, RunRecord.params(command, data, codeVersion));
        registry.setTag(runId, "loadcast.dataset_id", data.datasetId());
        registry.setTag(runId, "loadcast.dataset_hash", data.hash());
        registry.setTag(runId, "mlflow.source.git.commit", gitCommit);
    }

    /**
     * The stored weather actuals over the run's data, for a run of a family that takes weather ({@code day-ahead},
     * {@code lstm}, {@code gru}, or {@code auto} and {@code ensemble} for their candidates) with weather enabled (none
     * otherwise, or when ingest cannot answer: the run then trains without the correction and says so in a tag).
     */
    private WeatherDays weatherActuals(String runId, ModelFamily family, List<HalfHourlySeries> series) {
        if (!Trainers.takesWeather(family) || !properties.weather().enabled() || series.isEmpty()) {
            return WeatherDays.NONE;
        }
        Instant from = series.stream()
                .map(HalfHourlySeries::start)
                .min(Instant::compareTo)
                .orElseThrow();
        Instant to = series.stream()
                .map(HalfHourlySeries::end)
                .max(Instant::compareTo)
                .orElseThrow();
        try {
            WeatherDays days = weather.actuals(from.minus(Duration.ofDays(8)), to.plus(Duration.ofDays(1)));
            registry.setTag(runId, "loadcast.weather_days", String.valueOf(days.size()));
            long windDays =
                    days.days().values().stream().filter(w -> w.wind() != null).count();
            registry.setTag(runId, "loadcast.weather_wind_days", String.valueOf(windDays));
            return days;
        } catch (WeatherUnavailableException e) {
            log.warn("training without weather: {}", e.getMessage());
            registry.setTag(runId, "loadcast.weather_days", "unavailable");
            return WeatherDays.NONE;
        }
    }

    /** A weather-aware model is backtested with the stored actuals standing in for the forecast. */
    private ForecastModel scoredWith(ForecastModel model, WeatherDays actuals, String runId) {
        boolean aware = model instanceof WeatherAwareModel w && w.usesWeather();
        registry.setTag(runId, "loadcast.weather", aware ? "actuals-as-forecast" : "none");
        return aware ? ((WeatherAwareModel) model).withWeather(actuals) : model;
    }

    private Trainer trainer(TrainingSpec spec, WeatherDays actuals) {
        return Trainers.forFamily(spec.family(), actuals);
    }

    private ForecastModel train(
            RunState state, String runId, TrainingData data, List<HalfHourlySeries> training, WeatherDays actuals) {
        TrainingSpec spec = state.command().spec();
        EpochProgress progress = new EpochProgress(state, registry, runId, observations);
        try {
            TrainingContext context = new TrainingContext(data.datasetId(), codeVersion);
            ForecastModel model = trainer(spec, actuals).train(training, spec, context, progress);
            progress.finish();
            // how the trainer chose (auto: each candidate's validation MAPE, the choice and why), as run tags
            context.notes().forEach((key, value) -> registry.setTag(runId, "loadcast." + key, value));
            return model;
        } catch (RuntimeException e) {
            progress.abandon(e);
            throw e;
        }
    }

    /**
     * The rolling-origin backtest (origins every 12 h) logged on the run, then, before this version is registered,
     * today's champion on exactly this window, for the promotion policy. From here on the model is trained: the
     * registry's calls wait for it to come back ({@link RegistryRetry}).
     */
    private BacktestResult backtest(
            RunState state,
            String runId,
            TrainingCommand command,
            TrainingData data,
            int steps,
            double scale,
            ForecastModel model,
            WeatherDays actuals) {
        int horizon = command.spec().horizon();
        int stride = HalfHourlySeries.STEPS_PER_DAY / 2;
        // inputs gap-filled, scored only where a reading was observed
        BacktestResult result = Backtest.run(model, data.observed(), steps, horizon, stride, scale);
        registryRetry.run(
                state,
                "metrics",
                () -> registry.logMetrics(runId, RunRecord.metrics(BacktestSummary.of(result), result.baseline()), 0));
        championBacktest.logOn(
                runId,
                command.modelName(),
                new ChampionBacktest.Window(data.observed(), steps, horizon, stride, scale, result.origins(), actuals));
        return result;
    }

    /** Uploads and registers the version, asks for its promotion and serves it when it is the champion. */
    private String register(RunState state, String runId, String name, ModelArtifact artifact) {
        byte[] bytes = artifact.toBytes();
        String sourceUri =
                registryRetry.call(state, "artifact", () -> registry.uploadArtifact(runId, "model/model.zip", bytes));
        String version = registryRetry.call(state, "version", () -> registry.registerVersion(name, sourceUri, runId));
        registryRetry.run(state, "end of run", () -> registry.endRun(runId, "FINISHED"));
        boolean decided = requestPromotion(name, version);
        serveIfChampion(name, version, artifact, decided);
        return version;
    }

    private void failed(RunState state, @Nullable String runId, RuntimeException e) {
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
}
