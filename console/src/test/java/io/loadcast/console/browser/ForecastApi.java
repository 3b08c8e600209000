package io.loadcast.console.browser;

import io.loadcast.console.browser.StubService.Reply;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * forecast-service at the HTTP boundary: seasonal-naive forecasts with Gaussian 80% and 95% intervals, drift
 * statistics (PSI past its threshold), two training runs and the champion, in the shapes of its records.
 */
final class ForecastApi {

    private final Map<String, StubSuite.SeriesData> series;
    volatile boolean driftAvailable = true;

    ForecastApi(Map<String, StubSuite.SeriesData> series) {
        this.series = series;
    }

    Reply handle(String method, URI uri, JsonNode body) {
        String path = uri.getPath();
        if (method.equals("POST") && path.equals("/api/v1/forecasts")) {
            StubSuite.SeriesData data = series.get(StubService.text(body, "seriesId"));
            if (data == null) {
                return new Reply(
                        404,
                        new StubService.Problem(
                                "https://loadcast.io/problems/series-not-found", "Series not found", 404, "no series"));
            }
            Instant origin = body.hasNonNull("origin")
                    ? Instant.parse(body.get("origin").asString())
                    : data.readings().lastKey().plus(DemandCurve.STEP);
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < body.path("horizon").asInt(48); i++) {
                Instant t = origin.plus(DemandCurve.STEP.multipliedBy(i));
                // seasonal naive from the day before, the baseline every loadcast model must beat
                double value = data.readings()
                        .getOrDefault(t.minus(Duration.ofDays(1)), data.curve().expected(t));
                double sigma = 0.025 * value;
                points.add(new Point(
                        t,
                        value,
                        value - 1.2816 * sigma,
                        value + 1.2816 * sigma,
                        value - 1.96 * sigma,
                        value + 1.96 * sigma));
            }
            return Reply.ok(new Forecast(data.id(), origin, StubSuite.MODEL, "7", points));
        }
        if (path.startsWith("/api/v1/drift/")) {
            // forecast-service's DriftReport: the distribution distance of live readings from the reference
            return driftAvailable
                    ? Reply.ok(new Drift(
                            path.substring(14),
                            "training",
                            4_320,
                            Instant.parse("2024-01-23T00:00:00Z"),
                            Instant.parse("2024-01-30T00:00:00Z"),
                            336,
                            List.of(
                                    new Score("KS", 0.081, 0.15, false),
                                    new Score("PSI", 0.27, 0.2, true),
                                    new Score("WASSERSTEIN", 0.12, 0.3, false),
                                    new Score("LIVE_ERROR", 1.1, 1.5, false)),
                            612.4,
                            48))
                    : null;
        }
        if (path.equals("/api/v1/training-runs")) {
            String seriesId = StubSuite.query(uri).getOrDefault("seriesId", "");
            return Reply.ok(runs().stream()
                    .filter(r -> seriesId.isEmpty() || r.seriesIds().contains(seriesId))
                    .toList());
        }
        if (path.startsWith("/api/v1/training-runs/")) {
            String id = path.substring(22);
            return runs().stream()
                    .filter(r -> r.id().equals(id))
                    .findFirst()
                    .map(Reply::ok)
                    .orElse(null);
        }
        if (path.equals("/api/v1/models/" + StubSuite.MODEL + "/champion")) {
            return Reply.ok(new Champion(
                    StubSuite.MODEL, "7", "lstm", "http://localhost:8085/api/2.0/mlflow-artifacts/artifacts/7/model"));
        }
        return null;
    }

    private static List<Run> runs() {
        Instant created = Instant.parse("2024-01-30T06:00:00Z");
        return List.of(
                new Run(
                        "3f2b9c1e",
                        "RUNNING",
                        "lstm",
                        List.of("GB-ND"),
                        12,
                        30,
                        0.0213,
                        95L,
                        created,
                        null,
                        StubSuite.MODEL,
                        null),
                new Run(
                        "0a9d8c7b",
                        "SUCCEEDED",
                        "gru",
                        List.of("GB-ND"),
                        30,
                        30,
                        0.0187,
                        null,
                        created.minusSeconds(7200),
                        created.minusSeconds(3600),
                        StubSuite.MODEL,
                        "7"));
    }

    record Point(Instant timestamp, double value, double lower80, double upper80, double lower95, double upper95) {}

    record Forecast(String seriesId, Instant origin, String modelName, String modelVersion, List<Point> points) {}

    record Score(String statistic, double score, double threshold, boolean drifted) {}

    record Drift(
            String seriesId,
            String reference,
            int referenceSize,
            Instant windowStart,
            Instant windowEnd,
            int liveSize,
            List<Score> statistics,
            Double liveMae,
            long liveErrors) {}

    record Run(
            String id,
            String status,
            String family,
            List<String> seriesIds,
            int epoch,
            int epochs,
            Double loss,
            Long etaSeconds,
            Instant createdAt,
            Instant finishedAt,
            String modelName,
            String modelVersion) {}

    record Champion(String name, String version, String family, String downloadUrl) {}
}
