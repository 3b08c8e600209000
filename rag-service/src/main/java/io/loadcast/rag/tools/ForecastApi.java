package io.loadcast.rag.tools;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** forecast-service's endpoints the tools read (declarative client over RestClient). */
@HttpExchange(url = "/api/v1", accept = "application/json")
interface ForecastApi {

    record ForecastRequest(String seriesId, @Nullable Instant origin, int horizon) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Champion(String name, String version, @Nullable String family) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Backtest(double mae, double mape, double rmse, double baselineMape, double coverage80, int origins) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TrainingRun(
            String id,
            String status,
            @Nullable String family,
            @Nullable List<String> seriesIds,
            @Nullable Instant createdAt,
            @Nullable Instant finishedAt,
            @Nullable String modelName,
            @Nullable String modelVersion,
            @Nullable Backtest backtest,
            @Nullable String error) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Drift(
            String seriesId,
            String reference,
            int referenceSize,
            @Nullable Instant windowStart,
            @Nullable Instant windowEnd,
            int liveSize,
            List<Score> statistics,
            @Nullable Double liveMae,
            long liveErrors) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Score(String statistic, double score, double threshold, boolean drifted) {}
    }

    @PostExchange(url = "/forecasts", contentType = "application/json")
    ForecastFact forecast(@RequestBody ForecastRequest request);

    @GetExchange("/models/{name}/champion")
    Champion champion(@PathVariable String name);

    @GetExchange("/training-runs")
    List<TrainingRun> trainingRuns(
            @RequestParam(required = false) @Nullable String seriesId,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam int limit);

    @GetExchange("/drift/{seriesId}")
    Drift drift(@PathVariable String seriesId);
}
