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
 * blocks: one ingest call per block, then memory; a revision on the topic before the origin is served at once, one
 * at or after the origin changes nothing.
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

        send(ORIGIN, 1e9);
        send(ORIGIN.plus(Duration.ofHours(5)), 1e9);
        send(ORIGIN.minus(HalfHourlySeries.STEP), 1e5);
        boolean revised = Http.await(Duration.ofSeconds(20), () -> {
            try {
                return !forecast(http, ORIGIN).path("points").equals(asOf.path("points"));
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(revised)
                .as("the revision of the last period before the origin is served")
                .isTrue();
        JsonNode withRevision = forecast(http, ORIGIN.minus(HalfHourlySeries.STEP));
        send(ORIGIN.minus(HalfHourlySeries.STEP), history.values()[(int) history.indexOf(ORIGIN) - 1]);
        assertThat(Http.await(Duration.ofSeconds(20), () -> {
                    try {
                        return forecast(http, ORIGIN).path("points").equals(asOf.path("points"));
                    } catch (Exception e) {
                        return false;
                    }
                }))
                .as("readings at and after the origin never enter its forecast")
                .isTrue();
        assertThat(forecast(http, ORIGIN.minus(HalfHourlySeries.STEP)))
                .as("an origin before the revised period does not see it")
                .isEqualTo(withRevision);
        assertThat(reads() - trainingReads).isEqualTo(blockReads);
    }

    long reads() {
        return ingest.requests().stream().filter(r -> r.startsWith("ARCHIVE ")).count();
    }

    void send(Instant timestamp, double value) {
        Reading r = new Reading(UUID.randomUUID(), Instant.now(), "ARCHIVE", timestamp, value, "MW", "test", 2);
        kafka.send(new ProducerRecord<>(Topics.READINGS, "ARCHIVE", JSON.writeValueAsBytes(r)));
    }

    static JsonNode forecast(Http http, Instant origin) throws Exception {
        var response = http.post(
                "/api/v1/forecasts", "{\"seriesId\":\"ARCHIVE\",\"origin\":\"" + origin + "\",\"horizon\":24}", false);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }
}
