package io.loadcast.ingest.readings.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.contracts.Reading;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class ReadingEventJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2024-01-01T00:00:00Z|123.4|meter-7|0",
                "2024-10-27T00:30:00.250Z|-17.0|site \"A\" \\ north|2",
                "1999-12-31T23:59:59.000001Z|1.0E7|zähler-ü|1",
                "2038-01-19T03:14:08.123456789Z|0.0|tab\there|5",
                "1970-01-01T00:00:00Z|4.9E-324|x|0"
            })
    void writesTheJsonJacksonWritesForTheReadingRecord(String timestamp, double value, String source, int revision) {
        Instant at = Instant.parse(timestamp);
        Instant occurred = Instant.parse("2026-11-23T19:00:01.5Z");
        UUID id = ReadingEventJson.nameUuid("site-1|" + at + "|" + revision);
        StringBuilder occurredText = new StringBuilder();
        ReadingEventJson.appendInstant(occurredText, occurred);

        byte[] fast = ReadingEventJson.write(id, occurredText.toString(), "site-1", at, value, "MW", source, revision);
        byte[] bound = JSON.writeValueAsBytes(new Reading(id, occurred, "site-1", at, value, "MW", source, revision));

        assertThat(JSON.readTree(fast)).isEqualTo(JSON.readTree(bound));
        assertThat(JSON.readValue(fast, Reading.class))
                .isEqualTo(new Reading(id, occurred, "site-1", at, value, "MW", source, revision));
    }

    @ParameterizedTest
    @CsvSource({"site-1|2024-01-01T00:00:00Z|0", "GB-ND|2015-03-29T01:00:00Z|3", "ä|x|9"})
    void derivesTheSameVersion3IdAsTheJdk(String name) {
        assertThat(ReadingEventJson.nameUuid(name))
                .isEqualTo(UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
