package io.loadcast.rag.forecast;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import io.loadcast.rag.http.ResilientHttp;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClientResponseException;
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

    private final ResilientHttp http;
    private final ForecastApi api;
    private final String defaultSeries;
    private final int horizon;
    private final JsonMapper json;

    public ForecastTool(ResilientHttp http, String defaultSeries, int horizon, JsonMapper json) {
        this.http = http;
        this.api = http.client(ForecastApi.class);
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
        try {
            ForecastFact fact = http.call(
                    "forecast-service", () -> api.forecast(new ForecastApi.ForecastRequest(seriesId, horizon)));
            return fact == null || fact.points() == null || fact.points().isEmpty()
                    ? Lookup.unavailable("forecast-service returned an empty forecast for " + seriesId)
                    : Lookup.of(fact);
        } catch (ResilientHttp.CallFailed e) {
            if (e.lastFailure() instanceof RestClientResponseException response) {
                log.warn(
                        "forecast-service answered HTTP {} for {}",
                        response.getStatusCode().value(),
                        seriesId);
                return Lookup.unavailable("forecast-service answered HTTP "
                        + response.getStatusCode().value() + " for " + seriesId
                        + detail(response.getResponseBodyAsString()));
            }
            log.warn("forecast-service unreachable for {}: {}", seriesId, e.getMessage());
            return Lookup.unavailable("forecast-service did not answer for " + seriesId);
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
