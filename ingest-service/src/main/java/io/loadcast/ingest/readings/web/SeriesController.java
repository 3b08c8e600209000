package io.loadcast.ingest.readings.web;

import io.loadcast.ingest.IngestProperties;
import io.loadcast.ingest.readings.ReadingQueries;
import io.loadcast.ingest.readings.SeriesCatalog;
import io.loadcast.ingest.readings.domain.Series;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Series and their readings: raw (streamed) or resampled. */
@RestController
class SeriesController {

    private final SeriesCatalog catalog;
    private final ReadingQueries queries;
    private final JsonMapper json;
    private final IngestProperties.Validation rules;

    SeriesController(SeriesCatalog catalog, ReadingQueries queries, JsonMapper json, IngestProperties properties) {
        this.catalog = catalog;
        this.queries = queries;
        this.json = json;
        this.rules = properties.validation();
    }

    @GetMapping("/api/v1/series")
    List<SeriesView> series() {
        return catalog.all().stream().map(SeriesController::view).toList();
    }

    @GetMapping("/api/v1/series/{id}")
    SeriesView one(@PathVariable String id) {
        return view(series(id));
    }

    /**
     * Readings with {@code from <= timestamp < to}, written to the response as they are read from the database, so a
     * year of half-hours (17,568 readings) needs no more memory than one; with {@code knownAt}, as they were known then.
     */
    @Operation(
            summary = "Readings of a series over a range, optionally as they were known at an instant",
            description = "Each reading carries its value, revision and storedAt (when that value was stored). With"
                    + " knownAt: a reading revised after knownAt shows the value it had before the revision; a reading"
                    + " first stored after knownAt is left out (late=exclude, the default) or shown with the value it"
                    + " was first stored with (late=include). Bad values are 400 invalid-parameter-value problems"
                    + " naming the parameter in 'field'.")
    @GetMapping(value = "/api/v1/series/{id}/readings", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StreamingResponseBody> readings(
            @PathVariable String id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @Parameter(description = "ISO-8601 instant: the values as they were known then (absent: the current ones)")
                    @RequestParam(required = false)
                    @Nullable
                    String knownAt,
            @Parameter(description = "with knownAt: exclude (default) or include readings first stored after it")
                    @RequestParam(required = false)
                    @Nullable
                    String late) {
        Series series = series(id);
        checkRange(from, to);
        KnownAt known = KnownAt.parse(knownAt, late, rules.earliest(), rules.latest());
        StreamingResponseBody body = out -> {
            try (JsonGenerator gen = json.createGenerator(out)) {
                gen.writeStartObject();
                gen.writeStringProperty("seriesId", series.id());
                gen.writeStringProperty("unit", series.unit());
                if (known.instant() != null) {
                    gen.writeStringProperty("knownAt", known.instant().toString());
                }
                gen.writeName("readings");
                gen.writeStartArray();
                queries.readings(series, from, to, known.instant(), known.late(), (timestamp, value, revision, at) -> {
                    gen.writeStartObject();
                    gen.writeStringProperty("timestamp", timestamp.toString());
                    gen.writeNumberProperty("value", value);
                    gen.writeNumberProperty("revision", revision);
                    gen.writeStringProperty("storedAt", at.toString());
                    gen.writeEndObject();
                });
                gen.writeEndArray();
                gen.writeEndObject();
            }
        };
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping("/api/v1/series/{id}/resampled")
    ResampledReadings resampled(
            @PathVariable String id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "hour") String interval) {
        Series series = series(id);
        checkRange(from, to);
        ReadingQueries.Interval parsed;
        try {
            parsed = ReadingQueries.Interval.valueOf(interval.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LoadcastProblemException(ProblemType.INVALID_INTERVAL, "interval is hour or day")
                    .with("field", "interval");
        }
        List<Bucket> buckets = new ArrayList<>();
        queries.resample(
                series,
                from,
                to,
                parsed,
                (bucket, mean, min, max, count) -> buckets.add(new Bucket(bucket, mean, min, max, count)));
        return new ResampledReadings(series.id(), series.unit(), parsed.name().toLowerCase(Locale.ROOT), buckets);
    }

    private Series series(String id) {
        return catalog.find(id)
                .orElseThrow(() -> new LoadcastProblemException(ProblemType.SERIES_NOT_FOUND, "no series " + id)
                        .with("seriesId", id));
    }

    /** Bounds outside the domain range hold no readings, and some (before 4713 BC) PostgreSQL cannot even bind. */
    private void checkRange(Instant from, Instant to) {
        checkBound("from", from);
        checkBound("to", to);
        if (!from.isBefore(to)) {
            throw new LoadcastProblemException(ProblemType.INVALID_RANGE, "from must be before to")
                    .with("field", "from");
        }
    }

    private void checkBound(String field, Instant bound) {
        if (bound.isBefore(rules.earliest()) || bound.isAfter(rules.latest())) {
            throw new LoadcastProblemException(
                            ProblemType.INVALID_RANGE,
                            field + " " + bound + " is outside [" + rules.earliest() + ", " + rules.latest() + "]")
                    .with("field", field);
        }
    }

    private static SeriesView view(Series s) {
        return new SeriesView(s.id(), s.unit(), s.resolution(), s.timeZone(), s.signed());
    }
}
