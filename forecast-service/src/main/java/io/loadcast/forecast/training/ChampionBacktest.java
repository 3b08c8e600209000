package io.loadcast.forecast.training;

import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.core.artifact.ModelArtifact;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.evaluation.Backtest;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.WeatherAwareModel;
import io.loadcast.forecast.registry.ModelRegistry;
import io.loadcast.forecast.registry.VersionRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Champion/challenger on the same evaluation window: the current champion's artifact, loaded as serving loads it,
 * backtested on exactly the challenger's origins, horizon and data (same series, same as-of rule: each forecast
 * sees only the periods before its origin), logged on the challenger's run as {@code champion_<metric>} with tags
 * {@value #VERSION_TAG} and {@value #BACKTEST_TAG} = {@value #SAME_WINDOW}. registry-service's promotion policy
 * compares with these figures, so a retrain on newer data can replace the champion. When the champion cannot be
 * measured on this window the run gets {@value #BACKTEST_TAG} = {@value #NOT_MEASURED}, the reason in
 * {@value #REASON_TAG} and no champion metrics.
 */
@Component
class ChampionBacktest {

    static final String VERSION_TAG = "loadcast.champion_version";
    static final String BACKTEST_TAG = "loadcast.champion_backtest";
    static final String REASON_TAG = "loadcast.champion_backtest_reason";
    static final String SAME_WINDOW = "same-window";
    static final String NOT_MEASURED = "not-measured";

    private static final Logger log = LoggerFactory.getLogger(ChampionBacktest.class);

    /**
     * The challenger's backtest, as {@link Backtest#run} received it.
     *
     * @param origins how many origins the challenger was evaluated on
     * @param weather the stored weather actuals the challenger was scored with (none for a run without weather): a
     *     weather-aware champion is scored with them too, so both see the same weather
     */
    record Window(
            List<HalfHourlySeries> series,
            int backtestSteps,
            int horizon,
            int originStride,
            double naiveScale,
            int origins,
            WeatherDays weather) {}

    /** Why the champion cannot be measured on the window; the message becomes the reason tag. */
    private static final class NotComparable extends RuntimeException {
        NotComparable(String message) {
            super(message, null, false, false);
        }
    }

    private final ModelRegistry registry;
    private final ForecastProperties properties;

    ChampionBacktest(ModelRegistry registry, ForecastProperties properties) {
        this.registry = registry;
        this.properties = properties;
    }

    /** Measures the champion of {@code modelName} on {@code window} and logs it on run {@code runId}. */
    void logOn(String runId, String modelName, Window window) {
        Optional<VersionRef> champion = registry.alias(modelName, properties.championAlias());
        if (champion.isEmpty()) {
            notMeasured(runId, "the model has no " + properties.championAlias() + " yet");
            return;
        }
        String version = champion.get().version();
        registry.setTag(runId, VERSION_TAG, version);
        BacktestSummary summary;
        try {
            summary = backtest(champion.get(), window);
        } catch (NotComparable e) {
            notMeasured(runId, "champion version " + version + " " + e.getMessage());
            return;
        } catch (RuntimeException e) {
            // an unreadable artifact, a registry hiccup on download, a model that throws: the challenger's run goes on
            notMeasured(runId, "champion version " + version + " could not be backtested: " + e.getMessage());
            return;
        }
        registry.logMetrics(runId, metrics(summary), 0);
        // the tag last: whoever sees same-window finds the metrics already logged
        registry.setTag(runId, BACKTEST_TAG, SAME_WINDOW);
        log.info(
                "champion {} version {} on run {}'s window: MAPE {}% over {} origins",
                modelName, version, runId, summary.mape(), summary.origins());
    }

    private BacktestSummary backtest(VersionRef champion, Window window) {
        ForecastModel model =
                ModelArtifact.fromBytes(registry.download(champion.source())).model();
        List<String> trainedOn = model.provenance().seriesIds();
        for (HalfHourlySeries s : window.series()) {
            if (!trainedOn.contains(s.seriesId())) {
                throw new NotComparable("was trained on other series " + trainedOn + ", not " + s.seriesId());
            }
            // Backtest starts at the later of the window, the look-back and a week: the same origins only if the
            // champion's look-back fits before the window
            int before = Math.max(s.size() - window.backtestSteps(), HalfHourlySeries.STEPS_PER_WEEK);
            if (model.lookback() > before) {
                throw new NotComparable("has too little history in " + s.seriesId() + ": it needs a look-back of "
                        + model.lookback() + " half-hours, the data has " + before + " before the first origin");
            }
        }
        if (model.maxHorizon() < window.horizon()) {
            throw new NotComparable("forecasts at most " + model.maxHorizon()
                    + " half-hours, the challenger's backtest " + window.horizon());
        }
        BacktestSummary summary = BacktestSummary.of(Backtest.run(
                model instanceof WeatherAwareModel aware && aware.usesWeather()
                        ? aware.withWeather(window.weather())
                        : model,
                window.series(),
                window.backtestSteps(),
                window.horizon(),
                window.originStride(),
                window.naiveScale()));
        if (summary.origins() != window.origins()) {
            throw new NotComparable(
                    "was evaluated on " + summary.origins() + " origins, the challenger on " + window.origins());
        }
        return summary;
    }

    private void notMeasured(String runId, String reason) {
        registry.setTag(runId, BACKTEST_TAG, NOT_MEASURED);
        registry.setTag(runId, REASON_TAG, reason);
        log.info("run {}: no same-window backtest of the champion: {}", runId, reason);
    }

    private static Map<String, Double> metrics(BacktestSummary s) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("champion_mae", s.mae());
        m.put("champion_mape", s.mape());
        m.put("champion_smape", s.smape());
        m.put("champion_mase", s.mase());
        m.put("champion_rmse", s.rmse());
        m.put("champion_coverage_80", s.coverage80());
        m.put("champion_coverage_95", s.coverage95());
        return m;
    }
}
