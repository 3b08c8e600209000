package io.loadcast.rag.tools;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** ingest-service's series endpoints: what a series holds and when its latest reading is. */
@HttpExchange(url = "/api/v1/series", accept = "application/json")
interface IngestApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Series(String id, String unit, Duration resolution) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Bucket(Instant timestamp, double mean, double min, double max, long count) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Resampled(String seriesId, String unit, List<Bucket> buckets) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reading(Instant timestamp, double value) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Readings(String seriesId, List<Reading> readings) {}

    @GetExchange("/{id}")
    Series series(@PathVariable String id);

    @GetExchange("/{id}/resampled")
    Resampled daily(
            @PathVariable String id,
            @RequestParam Instant from,
            @RequestParam Instant to,
            @RequestParam String interval);

    @GetExchange("/{id}/readings")
    Readings readings(@PathVariable String id, @RequestParam Instant from, @RequestParam Instant to);
}
