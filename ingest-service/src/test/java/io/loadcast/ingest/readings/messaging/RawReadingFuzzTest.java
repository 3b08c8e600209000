package io.loadcast.ingest.readings.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.loadcast.contracts.RawReading;
import io.loadcast.ingest.readings.domain.ReadingInput;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jazzer fuzz target of the raw-reading reader (the bytes of a Kafka record, from any device). Without {@code
 * JAZZER_FUZZ} it replays {@code RawReadingFuzzTestInputs/} as a normal test; {@code ops/fuzz-ingest.sh} fuzzes it.
 * Oracles: the parser never throws (a throw would fail the batch) and yields a reading or a rejection; whatever the
 * streaming reader accepts, data binding accepts with the same values.
 */
class RawReadingFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final RawReadingParser PARSER = new RawReadingParser(JSON);
    private static final FastRawReadingReader FAST = new FastRawReadingReader(JSON);

    @FuzzTest
    void rawRecordIsReadOrRejectedNeverThrown(byte[] data) {
        ParsedRecord parsed = PARSER.parse(data);

        assertThat(parsed.reading() == null).isNotEqualTo(parsed.rejection() == null);
        ReadingInput fast = FAST.read(data);
        if (fast != null) {
            RawReading bound = JSON.readValue(data, RawReading.class);
            assertThat(fast)
                    .isEqualTo(new ReadingInput(
                            bound.seriesId(), bound.timestamp(), bound.value(), bound.unit(), bound.source()));
        }
    }
}
