package io.loadcast.e2e.bench;

import io.loadcast.contracts.RawReading;
import io.loadcast.e2e.data.SyntheticDemand;
import io.loadcast.e2e.http.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The series the soak forecasts: the given one when forecast-service already serves a model for it (GB-ND on
 * {@code ./loadcast up}), else {@code SOAK-DEMAND}, seeded with five weeks of synthetic half-hours through ingest's
 * REST API and trained (linear) before the load starts.
 */
final class SoakSeries {

    static final String SEEDED = "SOAK-DEMAND";
    private static final int WEEKS = 5;

    private SoakSeries() {}

    static String ready(Api ingest, Api forecast, String wanted) throws InterruptedException {
        if (forecast.post("/api/v1/forecasts", Map.of("seriesId", wanted, "horizon", 48))
                        .status()
                == 200) {
            return wanted;
        }
        if (forecast.post("/api/v1/forecasts", Map.of("seriesId", SEEDED, "horizon", 48))
                        .status()
                == 200) {
            return SEEDED;
        }
        System.out.println("no model serves " + wanted + ": seeding " + SEEDED + " and training a linear model");
        Instant last = SyntheticDemand.lastHalfHour(Instant.now());
        int count = WEEKS * 7 * 48;
        List<RawReading> readings =
                new SyntheticDemand(SEEDED, 11).readings(last.minus(Duration.ofMinutes(30L * (count - 1))), count, 1.0);
        for (int from = 0; from < count; from += 5_000) {
            var batch = readings.subList(from, Math.min(count, from + 5_000)).stream()
                    .map(r -> Map.of(
                            "seriesId",
                            r.seriesId(),
                            "timestamp",
                            r.timestamp().toString(),
                            "value",
                            r.value(),
                            "unit",
                            r.unit()))
                    .toList();
            ingest.post("/api/v1/readings", Map.of("readings", batch)).expect(200);
        }
        JsonNode run = forecast.post(
                        "/api/v1/training-runs",
                        Map.of(
                                "seriesIds", List.of(SEEDED),
                                "model", "linear",
                                "hyperparameters", Map.of("backtestWeeks", "1")))
                .expect(202);
        String id = run.path("id").asString();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            String status = forecast.get("/api/v1/training-runs/" + id)
                    .json()
                    .path("status")
                    .asString();
            if (status.equals("SUCCEEDED")) {
                return SEEDED;
            }
            if (status.equals("FAILED") || status.equals("CANCELLED")) {
                throw new IllegalStateException("training the soak's model ended " + status + ": "
                        + forecast.get("/api/v1/training-runs/" + id).body());
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("training the soak's model took more than 10 minutes");
    }
}
