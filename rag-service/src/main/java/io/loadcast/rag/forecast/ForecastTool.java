package io.loadcast.rag.forecast;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks forecast-service for the coming demand. {@link #wants(String)} recognises questions about upcoming demand;
 * the tool never fails an answer: when forecast-service is down the answer says so instead of citing a forecast.
 */
public final class ForecastTool {

    private static final Logger log = LoggerFactory.getLogger(ForecastTool.class);
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(tomorrow|tonight|next|upcoming|coming|forecast\\w*|predict\\w*|expected|will)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEMAND =
            Pattern.compile("\\b(demand|load|peak|consumption)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SERIES = Pattern.compile("\\b(GB-[A-Z_]+|site-\\d+)\\b");

    private final HttpClient http = HttpClient.newBuilder()
            // plain HTTP/1.1: no h2c upgrade attempt on every call to a sibling service
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final URI baseUrl;
    private final @Nullable String apiKey;
    private final String defaultSeries;
    private final int horizon;
    private final JsonMapper json;

    public ForecastTool(URI baseUrl, @Nullable String apiKey, String defaultSeries, int horizon, JsonMapper json) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.defaultSeries = defaultSeries;
        this.horizon = horizon;
        this.json = json;
    }

    /** True for questions about upcoming demand ("what will peak demand be tomorrow?"). */
    public boolean wants(String question) {
        return FUTURE.matcher(question).find() && DEMAND.matcher(question).find();
    }

    /** The series a question names, or the configured default. */
    public String seriesIn(String question) {
        Matcher series = SERIES.matcher(question);
        return series.find() ? series.group(1) : defaultSeries;
    }

    /** A forecast, or why there is none, in words an operator can read. */
    public record Lookup(Optional<ForecastFact> fact, String unavailableReason) {

        static Lookup of(ForecastFact fact) {
            return new Lookup(Optional.of(fact), "");
        }

        static Lookup unavailable(String reason) {
            return new Lookup(Optional.empty(), reason);
        }
    }

    @Tool("Live demand forecast of a series for the coming day, with the model version and issue time")
    public Optional<ForecastFact> forecast(@P("series id, e.g. GB-ND") String seriesId) {
        return lookup(seriesId).fact();
    }

    /** Never throws: every failure becomes a reason ("forecast-service did not answer for GB-ND"). */
    public Lookup lookup(String seriesId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve("/api/v1/forecasts"))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("seriesId", seriesId, "horizon", horizon))));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("X-Api-Key", apiKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.warn("forecast-service answered HTTP {} for {}", response.statusCode(), seriesId);
                return Lookup.unavailable("forecast-service answered HTTP " + response.statusCode() + " for " + seriesId
                        + detail(response.body()));
            }
            ForecastFact fact = json.readValue(response.body(), ForecastFact.class);
            return fact.points() == null || fact.points().isEmpty()
                    ? Lookup.unavailable("forecast-service returned an empty forecast for " + seriesId)
                    : Lookup.of(fact);
        } catch (IOException | JacksonException e) {
            log.warn("forecast-service unreachable for {}: {}", seriesId, e.toString());
            return Lookup.unavailable("forecast-service did not answer for " + seriesId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Lookup.unavailable("the forecast request for " + seriesId + " was interrupted");
        }
    }

    /** The problem's {@code detail} (RFC 9457), when the error body is one. */
    private String detail(String body) {
        try {
            String detail = json.readTree(body).path("detail").asString("");
            return detail.isBlank() ? "" : " (" + detail.substring(0, Math.min(200, detail.length())) + ")";
        } catch (JacksonException e) {
            return "";
        }
    }
}
