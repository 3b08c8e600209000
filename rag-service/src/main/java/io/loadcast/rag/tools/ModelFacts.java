package io.loadcast.rag.tools;

import io.loadcast.rag.http.ResilientHttp;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The serving model and its backtest, drift and recent training runs (forecast-service), and the canary
 * (registry-service). A series' model is registered as {@code forecast-<series id in lower case>}.
 */
final class ModelFacts {

    private static final int RUNS_SEARCHED = 50;
    private static final int RUNS_LISTED = 3;

    private final ResilientHttp forecastHttp;
    private final ForecastApi forecast;
    private final ResilientHttp registryHttp;
    private final RegistryApi registry;
    private final Failures failures;

    ModelFacts(ResilientHttp forecastHttp, ResilientHttp registryHttp, Failures failures) {
        this.forecastHttp = forecastHttp;
        this.forecast = forecastHttp.client(ForecastApi.class);
        this.registryHttp = registryHttp;
        this.registry = registryHttp.client(RegistryApi.class);
        this.failures = failures;
    }

    static String modelName(String seriesId) {
        return "forecast-" + seriesId.toLowerCase(Locale.ROOT);
    }

    ToolResult servingModel(String seriesId) {
        String name = modelName(seriesId);
        try {
            ForecastApi.Champion champion = forecastHttp.call("forecast-service", () -> forecast.champion(name));
            List<ForecastApi.TrainingRun> runs = forecastHttp.call(
                    "forecast-service", () -> forecast.trainingRuns(seriesId, "SUCCEEDED", RUNS_SEARCHED));
            String backtest = runs.stream()
                    .filter(r ->
                            name.equals(r.modelName()) && champion.version().equals(r.modelVersion()))
                    .filter(r -> r.backtest() != null)
                    .findFirst()
                    .map(r -> " Its backtest (training run " + r.id() + "): "
                            + backtest(Objects.requireNonNull(r.backtest())) + ".")
                    .orElse(" Its backtest is not among the latest " + RUNS_SEARCHED + " successful training runs.");
            return ToolResult.of(
                    ToolKind.SERVING_MODEL,
                    seriesId,
                    "Serving model " + name + " version " + champion.version(),
                    "Model " + name + " version " + champion.version() + " (family " + champion.family()
                            + ") is the champion serving forecasts for " + seriesId + "." + backtest);
        } catch (ResilientHttp.CallFailed e) {
            return ToolResult.unavailable(
                    ToolKind.SERVING_MODEL, seriesId, failures.reason("forecast-service", name, e));
        }
    }

    ToolResult canary(String seriesId) {
        String name = modelName(seriesId);
        try {
            RegistryApi.Canary c = registryHttp.call("registry-service", () -> registry.canary(name));
            String errors = c.canaryMeanError() == null || c.championMeanError() == null
                    ? " Fewer than " + c.windowSize() + " live errors of each version are in yet."
                    : String.format(
                            " Mean live error over the latest %d: canary %.1f, champion %.1f (rollback above %.0f%%"
                                    + " worse).",
                            c.windowSize(), c.canaryMeanError(), c.championMeanError(), c.marginPercent());
            return ToolResult.of(
                    ToolKind.CANARY,
                    seriesId,
                    "Canary of " + name,
                    String.format(
                            "The canary of %s is %s: version %s gets %.0f%% of forecast traffic beside champion %s.%s",
                            name, c.state(), c.canaryVersion(), 100 * c.share(), c.championVersion(), errors));
        } catch (ResilientHttp.CallFailed e) {
            if (Failures.status(e).orElse(0) == 404) {
                return ToolResult.of(
                        ToolKind.CANARY,
                        seriesId,
                        "Canary of " + name,
                        "No canary is set for " + name + ": the champion serves all of its forecast traffic.");
            }
            return ToolResult.unavailable(ToolKind.CANARY, seriesId, failures.reason("registry-service", name, e));
        }
    }

    ToolResult trainingRuns(String seriesId) {
        try {
            List<ForecastApi.TrainingRun> runs =
                    forecastHttp.call("forecast-service", () -> forecast.trainingRuns(null, null, RUNS_LISTED));
            String text = runs.isEmpty()
                    ? "forecast-service has no training runs."
                    : "The " + runs.size() + " latest training runs: "
                            + runs.stream().map(ModelFacts::run).collect(Collectors.joining("; ")) + ".";
            return ToolResult.of(ToolKind.TRAINING_RUNS, seriesId, "Training runs (forecast-service)", text);
        } catch (ResilientHttp.CallFailed e) {
            return ToolResult.unavailable(
                    ToolKind.TRAINING_RUNS, seriesId, failures.reason("forecast-service", "training runs", e));
        }
    }

    ToolResult drift(String seriesId) {
        try {
            ForecastApi.Drift d = forecastHttp.call("forecast-service", () -> forecast.drift(seriesId));
            boolean drifted = d.statistics().stream().anyMatch(ForecastApi.Drift.Score::drifted);
            String scores = d.statistics().stream()
                    .map(s -> String.format(
                            "%s %.3f (threshold %.3f%s)",
                            s.statistic(), s.score(), s.threshold(), s.drifted() ? ", drifted" : ""))
                    .collect(Collectors.joining(", "));
            String live = d.liveMae() == null
                    ? ""
                    : String.format(
                            " Live MAE of served forecasts %.0f over %d readings.", d.liveMae(), d.liveErrors());
            return ToolResult.of(
                    ToolKind.DRIFT,
                    seriesId,
                    "Drift of " + seriesId + " (forecast-service)",
                    String.format(
                            "%s is %s: %s; %d live readings from %s to %s against the %s reference of %d.%s",
                            seriesId,
                            drifted ? "drifting" : "not drifting",
                            scores,
                            d.liveSize(),
                            d.windowStart(),
                            d.windowEnd(),
                            d.reference(),
                            d.referenceSize(),
                            live));
        } catch (ResilientHttp.CallFailed e) {
            return ToolResult.unavailable(ToolKind.DRIFT, seriesId, failures.reason("forecast-service", seriesId, e));
        }
    }

    private static String run(ForecastApi.TrainingRun r) {
        String series = r.seriesIds() == null ? "" : " on " + String.join(", ", r.seriesIds());
        String version = r.modelVersion() == null ? "" : ", " + r.modelName() + " version " + r.modelVersion();
        String when = r.finishedAt() != null ? ", finished " + r.finishedAt() : ", requested " + r.createdAt();
        String score = r.backtest() == null ? "" : ", backtest " + backtest(r.backtest());
        String error = r.error() == null ? "" : ", " + r.error();
        return r.id() + " (" + r.family() + series + ") " + r.status() + when + version + score + error;
    }

    private static String backtest(ForecastApi.Backtest b) {
        return String.format(
                "MAPE %.2f%%, MAE %.0f MW, RMSE %.0f MW, 80%% interval coverage %.1f%% over %d origins"
                        + " (weekly seasonal-naive MAPE %.2f%%)",
                b.mape(), b.mae(), b.rmse(), 100 * b.coverage80(), b.origins(), b.baselineMape());
    }
}
