package io.loadcast.forecast.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.contracts.Reading;
import io.loadcast.contracts.Topics;
import io.loadcast.forecast.testing.ForecastIntegrationTest;
import io.loadcast.forecast.testing.Http;
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

/** A training reference stored in PostgreSQL by an earlier process is what a new drift watch compares with. */
@ForecastIntegrationTest
class DriftReferenceStoreTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ReferenceStore references;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void newWatchStartsFromTheStoredTrainingReference() throws Exception {
        double[] reference = new double[200];
        for (int i = 0; i < reference.length; i++) {
            reference[i] = 20_000 + 10 * i;
        }
        references.save("REF", reference, "training");
        assertThat(references.find("REF")).hasValueSatisfying(r -> assertThat(r).containsExactly(reference));

        Instant t = Instant.parse("2024-07-01T00:00:00Z");
        for (int i = 0; i < 3; i++) {
            Reading r = new Reading(
                    UUID.randomUUID(), Instant.now(), "REF", t.plusSeconds(1800L * i), 21_000, "MW", "test", 0);
            kafka.send(new ProducerRecord<>(Topics.READINGS, "REF", JSON.writeValueAsBytes(r)));
        }
        Http http = new Http(port);
        JsonNode[] report = new JsonNode[1];
        assertThat(Http.await(Duration.ofSeconds(20), () -> {
                    try {
                        report[0] = Http.json(http.get("/api/v1/drift/REF"));
                        return report[0].path("liveSize").asInt() == 3;
                    } catch (Exception e) {
                        return false;
                    }
                }))
                .isTrue();
        assertThat(report[0].path("reference").asString()).isEqualTo("training");
        assertThat(report[0].path("referenceSize").asInt()).isEqualTo(200);
    }
}
