package io.loadcast.forecast.training;

import io.loadcast.forecast.core.artifact.ModelArtifact;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.evaluation.Backtest;
import io.loadcast.forecast.core.evaluation.ForecastErrors;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.registry.ModelRegistry;
import io.loadcast.forecast.registry.RegistryUnavailableException;
import io.loadcast.forecast.registry.VersionRef;
import io.loadcast.forecast.series.SeriesSource;
import io.loadcast.forecast.series.SourceUnavailableException;
import io.loadcast.forecast.series.UnknownSeriesException;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A rolling-origin backtest of a registered model version on the latest data (or the data before {@code to}),
 * without training: the same evaluation as the end of a training run, for a version trained earlier or elsewhere.
 */
@Service
public class Backtests {

    /**
     * A backtest's outcome.
     *
     * @param modelName the registered model
     * @param version its version
     * @param seriesIds series evaluated (those the model was trained on)
     * @param from first origin's period range start (the span of data read)
     * @param to end of the data read (exclusive)
     * @param weeks weeks of origins
     * @param backtest the figures
     */
    public record Result(
            String modelName,
            String version,
            List<String> seriesIds,
            Instant from,
            Instant to,
            int weeks,
            BacktestSummary backtest) {}

    private final ModelRegistry registry;
    private final SeriesSource source;
    private final TrainingRuns runs;
    private final Clock clock;

    Backtests(ModelRegistry registry, SeriesSource source, TrainingRuns runs, Clock clock) {
        this.registry = registry;
        this.source = source;
        this.runs = runs;
        this.clock = clock;
    }

    public Result run(
            @Nullable String modelName,
            @Nullable String version,
            @Nullable String runId,
            int weeks,
            @Nullable Instant to) {
        VersionKey key = resolve(modelName, version, runId);
        ForecastModel model = load(key.name(), key.version()).model();
        Instant end = to != null ? to : clock.instant();
        int steps = weeks * HalfHourlySeries.STEPS_PER_WEEK;
        Instant start = end.minus(
                HalfHourlySeries.STEP.multipliedBy(steps + model.lookback() + 2L * HalfHourlySeries.STEPS_PER_WEEK));
        List<HalfHourlySeries> series = series(model, start, end, weeks);
        double scale = series.stream()
                .mapToDouble(s -> ForecastErrors.seasonalNaiveScale(
                        s.filled().slice(0, s.size() - steps).values(), HalfHourlySeries.STEPS_PER_WEEK))
                .average()
                .orElse(Double.NaN);
        var result = Backtest.run(model, series, steps, model.maxHorizon(), HalfHourlySeries.STEPS_PER_DAY / 2, scale);
        return new Result(
                key.name(),
                key.version(),
                model.provenance().seriesIds(),
                start,
                end,
                weeks,
                BacktestSummary.of(result));
    }

    private record VersionKey(String name, String version) {}

    /** The version named, or the one a succeeded run registered. */
    private VersionKey resolve(@Nullable String modelName, @Nullable String version, @Nullable String runId) {
        String name = modelName;
        String v = version;
        if (runId != null && !runId.isBlank()) {
            TrainingRun run = runs.get(runId);
            name = run.modelName();
            v = run.modelVersion();
        }
        if (name == null || name.isBlank() || v == null || v.isBlank()) {
            throw new LoadcastProblemException(
                            ProblemType.NO_VERSION,
                            "give modelName and version, or the runId of a succeeded training run")
                    .with("field", runId != null ? "runId" : "version");
        }
        return new VersionKey(name, v);
    }

    /** The model's series over [start, end) with their gaps; refused when too short for the backtest. */
    private List<HalfHourlySeries> series(ForecastModel model, Instant start, Instant end, int weeks) {
        int need = weeks * HalfHourlySeries.STEPS_PER_WEEK + model.lookback() + model.maxHorizon();
        List<HalfHourlySeries> series = new ArrayList<>();
        for (String id : model.provenance().seriesIds()) {
            HalfHourlySeries s = read(id, start, end);
            if (s.size() < need || s.missingCount() > s.size() / 2) {
                throw new LoadcastProblemException(
                                ProblemType.TOO_LITTLE_HISTORY,
                                "series " + id + " has " + (s.size() - s.missingCount()) + " readings before " + end
                                        + "; a " + weeks + "-week backtest of this model needs " + need)
                        .with("field", "weeks");
            }
            series.add(s); // Backtest fills the inputs and scores only observed periods
        }
        return series;
    }

    private ModelArtifact load(String name, String version) {
        try {
            VersionRef ref = registry.version(name, version)
                    .orElseThrow(() -> new LoadcastProblemException(
                                    ProblemType.UNKNOWN_MODEL_VERSION,
                                    "registry-service knows no version " + version + " of " + name)
                            .with("field", "version"));
            return ModelArtifact.fromBytes(registry.download(ref.source()));
        } catch (RegistryUnavailableException e) {
            throw new LoadcastProblemException(ProblemType.REGISTRY_UNAVAILABLE, e.getMessage());
        }
    }

    private HalfHourlySeries read(String seriesId, Instant from, Instant to) {
        try {
            return source.readings(seriesId, from, to);
        } catch (UnknownSeriesException e) {
            throw new LoadcastProblemException(ProblemType.SERIES_NOT_FOUND, e.getMessage());
        } catch (SourceUnavailableException e) {
            throw new LoadcastProblemException(ProblemType.INGEST_UNAVAILABLE, e.getMessage());
        }
    }
}
