package io.loadcast.console.browser;

import io.loadcast.console.browser.StubService.Reply;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** ingest-service's series API, shaped like its {@code SeriesController}: series, raw readings, daily buckets. */
final class IngestApi {

    private final Map<String, StubSuite.SeriesData> series;

    IngestApi(Map<String, StubSuite.SeriesData> series) {
        this.series = series;
    }

    private static final Pattern READINGS = Pattern.compile("/api/v1/series/([^/]+)/(readings|resampled)");

    Reply handle(String method, URI uri, JsonNode body) {
        if (uri.getPath().equals("/api/v1/series")) {
            return Reply.ok(series.values().stream()
                    .map(s -> new SeriesView(s.id(), s.unit(), "PT30M", "Europe/London", false))
                    .toList());
        }
        Matcher m = READINGS.matcher(uri.getPath());
        if (!m.matches() || !series.containsKey(m.group(1))) {
            return null;
        }
        StubSuite.SeriesData data = series.get(m.group(1));
        Map<String, String> query = StubSuite.query(uri);
        NavigableMap<Instant, Double> range =
                data.readings().subMap(Instant.parse(query.get("from")), true, Instant.parse(query.get("to")), false);
        if (m.group(2).equals("readings")) {
            List<Reading> readings = new ArrayList<>();
            range.forEach((t, v) -> readings.add(new Reading(t, v, 1)));
            return Reply.ok(new Readings(data.id(), data.unit(), readings));
        }
        Map<LocalDate, List<Double>> days = new TreeMap<>();
        range.forEach((t, v) -> days.computeIfAbsent(LocalDate.ofInstant(t, ZoneOffset.UTC), d -> new ArrayList<>())
                .add(v));
        List<Bucket> buckets = new ArrayList<>();
        days.forEach((day, values) -> buckets.add(new Bucket(
                day.atStartOfDay(ZoneOffset.UTC).toInstant(),
                values.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                values.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                values.stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
                values.size())));
        return Reply.ok(new Resampled(data.id(), data.unit(), "day", buckets));
    }

    record SeriesView(String id, String unit, String resolution, String timeZone, boolean signed) {}

    record Reading(Instant timestamp, double value, int revision) {}

    record Readings(String seriesId, String unit, List<Reading> readings) {}

    record Bucket(Instant timestamp, double mean, double min, double max, long count) {}

    record Resampled(String seriesId, String unit, String interval, List<Bucket> buckets) {}
}
