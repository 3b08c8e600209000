package io.loadcast.rag.tools;

import io.loadcast.rag.http.ResilientHttp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What ingest-service holds for a series: when its latest reading is (the forecast's origin when "now" has no
 * data) and how complete its latest weeks are.
 */
public final class SeriesFacts {

    /** How far back the latest reading is looked for. */
    private static final Duration SEARCHED = Duration.ofDays(366L * 25);

    private static final int QUALITY_DAYS = 28;

    private final ResilientHttp http;
    private final IngestApi api;
    private final Failures failures;

    SeriesFacts(ResilientHttp http, Failures failures) {
        this.http = http;
        this.api = http.client(IngestApi.class);
        this.failures = failures;
    }

    /** The time of the series' latest reading; empty when it has none. Throws {@link ResilientHttp.CallFailed}. */
    Optional<Instant> latestReading(String seriesId, Instant now) {
        List<IngestApi.Bucket> days = http.call(
                        "ingest-service", () -> api.daily(seriesId, now.minus(SEARCHED), now, "day"))
                .buckets();
        Optional<IngestApi.Bucket> last = days.stream().max(Comparator.comparing(IngestApi.Bucket::timestamp));
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Instant day = last.get().timestamp();
        return http
                .call("ingest-service", () -> api.readings(seriesId, day, day.plus(Duration.ofDays(2))))
                .readings()
                .stream()
                .map(IngestApi.Reading::timestamp)
                .max(Comparator.naturalOrder());
    }

    /** The series' latest reading and the origin just after it: one resolution later, so the reading is used. */
    record LatestOrigin(Instant latestReading, Instant origin) {}

    /** Throws {@link ResilientHttp.CallFailed}; empty when the series has no readings. */
    Optional<LatestOrigin> originAfterLatest(String seriesId, Instant now) {
        Duration resolution =
                http.call("ingest-service", () -> api.series(seriesId)).resolution();
        return latestReading(seriesId, now).map(latest -> new LatestOrigin(latest, latest.plus(resolution)));
    }

    /** Completeness of the {@value #QUALITY_DAYS} days up to the latest reading. */
    ToolResult dataQuality(String seriesId, Instant now) {
        try {
            IngestApi.Series series = http.call("ingest-service", () -> api.series(seriesId));
            Optional<Instant> latest = latestReading(seriesId, now);
            if (latest.isEmpty()) {
                return ToolResult.of(
                        ToolKind.DATA_QUALITY,
                        seriesId,
                        "ingest-service, series " + seriesId,
                        "ingest-service holds no readings of " + seriesId + ".");
            }
            Instant to = latest.get().plus(series.resolution());
            Instant from = to.minus(Duration.ofDays(QUALITY_DAYS)).truncatedTo(ChronoUnit.DAYS);
            List<IngestApi.Bucket> days = http.call("ingest-service", () -> api.daily(seriesId, from, to, "day"))
                    .buckets();
            return ToolResult.of(
                    ToolKind.DATA_QUALITY,
                    seriesId,
                    "ingest-service, series " + seriesId + " up to " + latest.get(),
                    quality(series, latest.get(), from, to, days));
        } catch (ResilientHttp.CallFailed e) {
            return ToolResult.unavailable(
                    ToolKind.DATA_QUALITY, seriesId, failures.reason("ingest-service", seriesId, e));
        }
    }

    private static String quality(
            IngestApi.Series series, Instant latest, Instant from, Instant to, List<IngestApi.Bucket> days) {
        long expected = Duration.between(from, to).dividedBy(series.resolution());
        long present = days.stream().mapToLong(IngestApi.Bucket::count).sum();
        long perDay = Duration.ofDays(1).dividedBy(series.resolution());
        long calendarDays = (Duration.between(from, to).toMinutes() + 1439) / 1440;
        boolean lastDayCut = !to.equals(to.truncatedTo(ChronoUnit.DAYS));
        long complete = days.stream().filter(d -> d.count() >= perDay).count();
        long daysWithGaps = Math.max(0, calendarDays - complete - (lastDayCut ? 1 : 0));
        double min = days.stream().mapToDouble(IngestApi.Bucket::min).min().orElse(Double.NaN);
        double max = days.stream().mapToDouble(IngestApi.Bucket::max).max().orElse(Double.NaN);
        return String.format(
                "The latest reading of %s is at %s. From %s to it, %d of %d expected readings are present"
                        + " (%.1f%%, %d missing); %d whole days have fewer than %d readings; values range %.0f-%.0f %s.",
                series.id(),
                latest,
                from,
                Math.min(present, expected),
                expected,
                100.0 * Math.min(present, expected) / Math.max(1, expected),
                Math.max(0, expected - present),
                daysWithGaps,
                perDay,
                min,
                max,
                series.unit());
    }
}
