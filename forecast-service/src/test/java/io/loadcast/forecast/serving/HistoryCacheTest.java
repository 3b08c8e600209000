package io.loadcast.forecast.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.contracts.Reading;
import io.loadcast.contracts.Topics;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.testing.ForecastIntegrationTest;
import io.loadcast.forecast.testing.Http;
import io.loadcast.forecast.testing.IngestStub;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Forecasts at origins far older than the recent window (imported history) read their history from the history
 * blocks: one ingest call per block, then memory; a revision known before the origin is served at once; a revision
 * recorded after the origin (issue 16), or a reading at or after it, changes nothing.
 */
@ForecastIntegrationTest
class HistoryCacheTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant START = Instant.parse("2023-03-01T00:00:00Z");
    static final Instant ORIGIN = Instant.parse("2023-03-26T12:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    IngestStub ingest;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void servesOldOriginsFromMemoryAndKeepsThemCurrentWithTheTopicAsOf() throws Exception {
        Http http = new Http(port);
        HalfHourlySeries history = SyntheticDemand.series("ARCHIVE", START, 30, 17);
        ingest.put(history);
        http.train("""
                {"seriesIds":["ARCHIVE"],"from":"%s","to":"%s","model":"linear","hyperparameters":{"backtestWeeks":"1"}}""".formatted(START, START.plus(Duration.ofDays(30))));
        long trainingReads = reads();
        JsonNode asOf = forecast(http, ORIGIN);
        for (int h = 1; h <= 10; h++) {
            forecast(http, ORIGIN.minus(Duration.ofHours(h)));
        }
        long blockReads = reads() - trainingReads;
        assertThat(blockReads)
                .as("one read per block (2,016 half-hours), not per forecast")
                .isBetween(1L, 2L);
        JsonNode earlier = forecast(http, ORIGIN.minus(HalfHourlySeries.STEP));

        // a revision known before the origin (stored an hour before it) of the last period before it is served
        Instant last = ORIGIN.minus(HalfHourlySeries.STEP);
        double original = history.values()[(int) history.indexOf(last)];
        revise(last, original * 1.5, 1, ORIGIN.minus(Duration.ofHours(1)));
        assertThat(Http.await(
                        Duration.ofSeconds(20), () -> !points(http, ORIGIN).equals(asOf.path("points"))))
                .as("a revision known at the origin is part of what was known")
                .isTrue();
        JsonNode knownAtOrigin = forecast(http, ORIGIN);
        assertThat(reads() - trainingReads).as("served from the blocks").isEqualTo(blockReads);

        // issue 16's must-show: a revision recorded after the origin (now) to a reading before it, and readings at
        // and after the origin, leave the as-of forecast unchanged
        revise(last, 1e5, 2, Instant.now());
        revise(ORIGIN, 1e9, 1, Instant.now());
        revise(ORIGIN.plus(Duration.ofHours(5)), 1e9, 1, Instant.now());
        assertThat(Http.await(Duration.ofSeconds(20), () -> {
                    assertThat(points(http, ORIGIN)).isEqualTo(knownAtOrigin.path("points"));
                    return knownAtReads() > 0;
                }))
                .as("once the cache holds the later revision, the range is read as known at the origin")
                .isTrue();
        long knownAtReads = knownAtReads();
        assertThat(points(http, ORIGIN)).isEqualTo(knownAtOrigin.path("points"));
        assertThat(knownAtReads())
                .as("this very forecast read as known at the origin")
                .isGreaterThan(knownAtReads);
        assertThat(ingest.requests())
                .as("every such read is as known at its own origin (the end of its range)")
                .filteredOn(r -> r.contains("knownAt="))
                .allSatisfy(r ->
                        assertThat(r).endsWith("&knownAt=" + r.replaceAll(".*&to=([^&]+)&.*", "$1") + "&late=include"))
                .anySatisfy(r -> assertThat(r).contains("knownAt=" + ORIGIN));
        assertThat(forecast(http, ORIGIN.minus(HalfHourlySeries.STEP)))
                .as("an origin before the revised period does not see it")
                .isEqualTo(earlier);
    }

    JsonNode points(Http http, Instant origin) {
        try {
            return forecast(http, origin).path("points");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    long knownAtReads() {
        return ingest.requests().stream().filter(r -> r.contains("knownAt=")).count();
    }

    long reads() {
        return ingest.requests().stream().filter(r -> r.startsWith("ARCHIVE ")).count();
    }

    /** As ingest-service does: stores the revision (with the instant it was stored), then publishes it. */
    void revise(Instant timestamp, double value, int revision, Instant storedAt) {
        ingest.revise("ARCHIVE", timestamp, value, storedAt);
        Reading r = new Reading(UUID.randomUUID(), storedAt, "ARCHIVE", timestamp, value, "MW", "test", revision);
        kafka.send(new ProducerRecord<>(Topics.READINGS, "ARCHIVE", JSON.writeValueAsBytes(r)));
    }

    static JsonNode forecast(Http http, Instant origin) throws Exception {
        var response = http.post(
                "/api/v1/forecasts", "{\"seriesId\":\"ARCHIVE\",\"origin\":\"" + origin + "\",\"horizon\":24}", false);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }
}
