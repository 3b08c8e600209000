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
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recent forecasts come from the window of recent readings: seeded once from ingest-service, then kept up to date
 * by the readings topic, and as-of answers do not change when later readings (or revisions at and after the
 * origin) arrive.
 */
@ForecastIntegrationTest
class RecentWindowTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    IngestStub ingest;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void servesRecentForecastsFromTheWindowSeededOnceAndKeepsAsOfAnswers() throws Exception {
        Http http = new Http(port);
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        Instant start = today.minus(Duration.ofDays(21));
        HalfHourlySeries history = SyntheticDemand.series("RECENT", start, 21, 31);
        ingest.put(history);
        http.train("""
                {"seriesIds":["RECENT"],"from":"%s","to":"%s","model":"linear","hyperparameters":{"backtestWeeks":"1"}}""".formatted(start, today));
        Instant origin = today.minus(Duration.ofHours(12));
        long before = readingsRequests();

        JsonNode asOf = forecast(http, origin);
        // the recent interval widths (issue 21) read six weeks before the origin, beyond the window: from the history
        // blocks (2,016 half-hours, 42 days each), once
        long seeded = readingsRequests() - before;
        for (int h = 1; h <= 5; h++) {
            assertThat(forecast(http, origin.minus(Duration.ofHours(h))).path("points"))
                    .hasSize(24);
        }

        assertThat(seeded)
                .as("one seed from ingest and at most two history blocks, then memory")
                .isBetween(1L, 3L);
        assertThat(readingsRequests() - before).isEqualTo(seeded);
        // later readings and a wild revision of a period after the origin, through the topic only
        send(today, 30_000);
        send(origin.plus(Duration.ofHours(3)), 1e9);
        assertThat(Http.await(
                        Duration.ofSeconds(20), () -> latestOrigin(http).equals(today.plus(HalfHourlySeries.STEP))))
                .as("the default origin follows the readings topic")
                .isTrue();
        assertThat(forecast(http, origin).path("points")).isEqualTo(asOf.path("points"));
        assertThat(readingsRequests() - before).isEqualTo(seeded);

        // a revision recorded now of a period before the origin: the as-of forecast keeps what was known at its
        // origin (issue 16), the latest one uses the current values
        Instant revised = origin.minus(HalfHourlySeries.STEP);
        String knownAtRead = "RECENT from=" + origin.minus(Duration.ofDays(14)) + "&to=" + origin + "&knownAt=" + origin
                + "&late=include";
        revise(revised, 1e5, 1);
        assertThat(Http.await(Duration.ofSeconds(20), () -> {
                    assertThat(points(http, origin)).isEqualTo(asOf.path("points"));
                    return ingest.requests().contains(knownAtRead);
                }))
                .as("once the window holds the revision, the as-of range is read as known at the origin")
                .isTrue();
        // every earlier reading has arrived (one partition, in order): only the next revision moves the latest
        JsonNode latest = latest(http);
        revise(revised, history.values()[(int) history.indexOf(revised)], 2);
        assertThat(Http.await(Duration.ofSeconds(20), () -> !latest(http).equals(latest)))
                .as("the latest forecast follows the current value of the revised reading")
                .isTrue();
        assertThat(forecast(http, origin).path("points")).isEqualTo(asOf.path("points"));
    }

    static JsonNode points(Http http, Instant origin) {
        try {
            return forecast(http, origin).path("points");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** As ingest-service does: stores the revision now, then publishes it. */
    void revise(Instant timestamp, double value, int revision) {
        Instant now = Instant.now();
        ingest.revise("RECENT", timestamp, value, now);
        Reading r = new Reading(UUID.randomUUID(), now, "RECENT", timestamp, value, "MW", "test", revision);
        kafka.send(new ProducerRecord<>(Topics.READINGS, "RECENT", JSON.writeValueAsBytes(r)));
    }

    /** Reads from ingest other than as-of reads of revised ranges (those are counted apart). */
    long readingsRequests() {
        return ingest.requests().stream()
                .filter(r -> r.startsWith("RECENT ") && !r.contains("knownAt="))
                .count();
    }

    static JsonNode latest(Http http) {
        try {
            return Http.json(http.post("/api/v1/forecasts", "{\"seriesId\":\"RECENT\",\"horizon\":4}", false))
                    .path("points");
        } catch (Exception e) {
            return JSON.nullNode();
        }
    }

    void send(Instant timestamp, double value) {
        Reading r = new Reading(UUID.randomUUID(), Instant.now(), "RECENT", timestamp, value, "MW", "test", 1);
        kafka.send(new ProducerRecord<>(Topics.READINGS, "RECENT", JSON.writeValueAsBytes(r)));
    }

    static JsonNode forecast(Http http, Instant origin) throws Exception {
        var response = http.post(
                "/api/v1/forecasts", "{\"seriesId\":\"RECENT\",\"origin\":\"" + origin + "\",\"horizon\":24}", false);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    static Instant latestOrigin(Http http) {
        try {
            return Instant.parse(
                    Http.json(http.post("/api/v1/forecasts", "{\"seriesId\":\"RECENT\",\"horizon\":4}", false))
                            .path("origin")
                            .asString());
        } catch (Exception e) {
            return Instant.EPOCH;
        }
    }
}
