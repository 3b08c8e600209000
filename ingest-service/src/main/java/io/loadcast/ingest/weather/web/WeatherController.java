package io.loadcast.ingest.weather.web;

import io.loadcast.ingest.IngestProperties;
import io.loadcast.ingest.weather.Weather;
import io.loadcast.ingest.weather.domain.WeatherFile;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Weather forecasts (as of an issue time) and actuals per location, and the import of weather files. */
@RestController
class WeatherController {

    /** Longest range one call reads: 20 years of hours is 175,000 rows. */
    private static final Duration MAX_SPAN = Duration.ofDays(20 * 366);

    private final Weather weather;
    private final IngestProperties.Validation rules;

    WeatherController(Weather weather, IngestProperties properties) {
        this.weather = weather;
        this.rules = properties.validation();
    }

    /** Per valid time in {@code [from, to)} the latest forecast issued at or before {@code issuedBy}. */
    @GetMapping("/api/v1/weather/{location}/forecast")
    WeatherAnswer forecast(
            @PathVariable String location,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant issuedBy,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        checkRange(from, to);
        checkBound("issuedBy", issuedBy);
        var rows = weather.latestForecast(location, issuedBy, from, to);
        return new WeatherAnswer(
                location,
                from,
                to,
                issuedBy,
                rows.stream().map(WeatherPoint::of).toList());
    }

    @GetMapping("/api/v1/weather/{location}/actuals")
    WeatherAnswer actuals(
            @PathVariable String location,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        checkRange(from, to);
        var rows = weather.actuals(location, from, to);
        return new WeatherAnswer(
                location, from, to, null, rows.stream().map(WeatherPoint::of).toList());
    }

    /** A shared weather file (plain or gzip) stored as actuals; {@code zone} is the zone of its local dates. */
    @PostMapping("/api/v1/imports/weather")
    WeatherImportReport importFile(
            @RequestParam String location,
            @RequestParam(defaultValue = "Europe/London") String zone,
            @RequestPart("file") MultipartFile file)
            throws IOException {
        Weather.location(location);
        ZoneId zoneId = zone(zone);
        try (InputStream content = file.getInputStream()) {
            WeatherFile read = weather.importFile(location, content, zoneId);
            return WeatherImportReport.of(location, read);
        }
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new LoadcastProblemException(ProblemType.INVALID_REQUEST, "unknown time zone '" + zone + "'")
                    .with("field", "zone");
        }
    }

    private void checkRange(Instant from, Instant to) {
        checkBound("from", from);
        checkBound("to", to);
        if (!from.isBefore(to)) {
            throw new LoadcastProblemException(ProblemType.INVALID_RANGE, "from must be before to")
                    .with("field", "from");
        }
        if (Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
            throw new LoadcastProblemException(ProblemType.INVALID_RANGE, "at most " + MAX_SPAN.toDays() + " days")
                    .with("field", "to");
        }
    }

    private void checkBound(String field, Instant value) {
        if (value.isBefore(rules.earliest()) || value.isAfter(rules.latest())) {
            throw new LoadcastProblemException(
                            ProblemType.INVALID_RANGE,
                            field + " must lie between " + rules.earliest() + " and " + rules.latest())
                    .with("field", field);
        }
    }
}
