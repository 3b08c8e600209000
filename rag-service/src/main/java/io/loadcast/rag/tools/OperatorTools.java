package io.loadcast.rag.tools;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tools an answer can call. The {@code @Tool} methods are what a chat model sees ({@link #specifications()},
 * LangChain4j tool calling); the offline answerer reaches the same tools through {@link #run(ToolKind, String)}
 * with the kind {@link IntentRouter} chose. Each returns its fact as a sentence, numbers included.
 */
public final class OperatorTools {

    private static final Pattern SERIES = Pattern.compile("\\b(GB-[A-Z_]+|site-\\d+)\\b");

    private final ForecastClient forecasts;
    private final ModelFacts models;
    private final SeriesFacts series;
    private final String defaultSeries;
    private final Clock clock;

    OperatorTools(ForecastClient forecasts, ModelFacts models, SeriesFacts series, String defaultSeries, Clock clock) {
        this.forecasts = forecasts;
        this.models = models;
        this.series = series;
        this.defaultSeries = defaultSeries;
        this.clock = clock;
    }

    /** Never throws: a failing service gives a result that is not {@code answered} and says why. */
    public ToolResult run(ToolKind kind, String seriesId) {
        return switch (kind) {
            case FORECAST -> forecasts.forecast(seriesId);
            case SERVING_MODEL -> models.servingModel(seriesId);
            case CANARY -> models.canary(seriesId);
            case DRIFT -> models.drift(seriesId);
            case DATA_QUALITY -> series.dataQuality(seriesId, clock.instant());
            case TRAINING_RUNS -> models.trainingRuns(seriesId);
        };
    }

    /** The series a question names ({@code GB-TSD}, {@code site-0042}), or the configured default. */
    public String seriesIn(String question) {
        Matcher m = SERIES.matcher(question);
        return m.find() ? m.group(1) : defaultSeries;
    }

    /** The tools as a chat model is offered them, from the {@code @Tool} methods below. */
    public List<ToolSpecification> specifications() {
        return ToolSpecifications.toolSpecificationsFrom(this);
    }

    @Tool("Demand forecast of a series for the coming day: peak value and time, 80% interval, model version, origin")
    public String forecast(@P("series id, e.g. GB-ND") String seriesId) {
        return run(ToolKind.FORECAST, seriesId).text();
    }

    @Tool("The model version serving forecasts of a series now, its family and its backtest accuracy (MAPE, MAE)")
    public String servingModel(@P("series id, e.g. GB-ND") String seriesId) {
        return run(ToolKind.SERVING_MODEL, seriesId).text();
    }

    @Tool("The canary of a series' model: challenger version, traffic share, state and live errors")
    public String canary(@P("series id, e.g. GB-ND") String seriesId) {
        return run(ToolKind.CANARY, seriesId).text();
    }

    @Tool("Drift status of a series: drift statistics against thresholds and live forecast error")
    public String drift(@P("series id, e.g. GB-ND") String seriesId) {
        return run(ToolKind.DRIFT, seriesId).text();
    }

    @Tool("Data quality of a series: latest reading time, missing readings and incomplete days of the last 4 weeks")
    public String dataQuality(@P("series id, e.g. GB-ND") String seriesId) {
        return run(ToolKind.DATA_QUALITY, seriesId).text();
    }

    @Tool("The latest training runs: status, times, model versions and backtest scores")
    public String trainingRuns(@P("series id, e.g. GB-ND") String seriesId) {
        return run(ToolKind.TRAINING_RUNS, seriesId).text();
    }
}
