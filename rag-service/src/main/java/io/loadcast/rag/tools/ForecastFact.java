package io.loadcast.rag.tools;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** forecast-service's answer to {@code POST /api/v1/forecasts}, as the tool cites it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ForecastFact(
        String seriesId,
        @Nullable Instant origin,
        @Nullable String modelName,
        @Nullable String modelVersion,
        List<Point> points) {

    /** One forecast step with its 80% interval. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Point(
            Instant timestamp,
            double value,
            @Nullable Double lower80,
            @Nullable Double upper80) {}

    /** The step with the highest forecast value. */
    public Point peak() {
        return points.stream()
                .max((a, b) -> Double.compare(a.value(), b.value()))
                .orElseThrow();
    }

    /**
     * A sentence stating the peak, its interval and where it came from; with {@code latestReading}, that the
     * forecast starts from the latest reading available because "now" has none.
     */
    public String summary(@Nullable Instant latestReading) {
        Point peak = peak();
        String interval = peak.lower80() == null || peak.upper80() == null
                ? ""
                : String.format(" (80%% interval %.0f-%.0f MW)", peak.lower80(), peak.upper80());
        String asOf = latestReading == null
                ? ""
                : String.format(
                        " No readings reach the present, so this forecast is as of the latest reading available,"
                                + " %s (origin %s).",
                        latestReading, origin);
        return String.format(
                "The live forecast for %s peaks at %.0f MW at %s%s, from model %s version %s issued at %s.%s",
                seriesId, peak.value(), peak.timestamp(), interval, modelName, modelVersion, origin, asOf);
    }
}
