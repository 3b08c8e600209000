package io.loadcast.ingest.readings.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.contracts.RawReading;
import io.loadcast.ingest.readings.domain.ReadingInput;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class FastRawReadingReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String GOOD = "{\"eventId\":\"5b0f3c53-4c5e-4b36-9a57-0c7e1e6f5f01\","
            + "\"occurredAt\":\"2024-01-01T00:00:05Z\",\"seriesId\":\"site-0042\",\"timestamp\":\"TS\","
            + "\"value\":VALUE,\"unit\":\"MW\",\"source\":\"meter-7\"EXTRA}";

    private final FastRawReadingReader fast = new FastRawReadingReader(JSON);

    private static String good(String timestamp, String value, String extra) {
        return GOOD.replace("TS", timestamp).replace("VALUE", value).replace("EXTRA", extra);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-01-01T00:00:00Z|123.4|",
                "2024-03-31T01:30:00Z|0|",
                "2024-10-27T00:30:00.250Z|-17|",
                "2024-01-01T01:00:00+01:00|1.5E3|",
                "2024-01-01T00:00:00Z|42|,\"firmware\":{\"v\":[1,2,{\"x\":null}]}",
                "2024-01-01T00:00:00Z|9007199254740993|,\"value2\":\"x\"",
                "2024-02-29T23:59:59.123456789Z|1|",
                "1999-12-31T23:00:00.5Z|1|"
            })
    void readsWellFormedRecordsExactlyAsDataBindingDoes(String variant) {
        String[] parts = variant.split("\\|", -1);
        byte[] bytes = good(parts[0], parts[1], parts[2]).getBytes(StandardCharsets.UTF_8);

        ReadingInput read = fast.read(bytes);
        RawReading bound = JSON.readValue(bytes, RawReading.class);

        assertThat(read)
                .isEqualTo(new ReadingInput(
                        bound.seriesId(), bound.timestamp(), bound.value(), bound.unit(), bound.source()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{not json",
                "[1,2]",
                "{\"eventId\":\"5b0f3c53-4c5e-4b36-9a57-0c7e1e6f5f01\",\"seriesId\":\"a\"}",
                "VALUE=null",
                "VALUE=\"12\"",
                "TS=yesterday",
                "TS=2023-02-29T00:00:00Z",
                "TS=",
                "\"MW\"=\" \"",
                "\"meter-7\"=null",
                "5b0f3c53-4c5e-4b36-9a57-0c7e1e6f5f01=not-a-uuid",
                // UUID.fromString reads groups of other lengths; data binding wants the 36-character form
                "5b0f3c53-4c5e-4b36-9a57-0c7e1e6f5f01=5b0f3c543-c5e-4b36-9a57-0c7e1e6f5f01",
                "5b0f3c53-4c5e-4b36-9a57-0c7e1e6f5f01=5b0f3c53-4c5e-4b36-9a57-0c7e1e6f5f0",
                "EXTRA=} {"
            })
    void leavesEveryIrregularRecordToDataBinding(String variant) {
        String json;
        if (variant.contains("=")) {
            String[] swap = variant.split("=", 2);
            json = good("2024-01-01T00:00:00Z", "1", "").replace(swap[0], swap[1]);
            if (swap[0].equals("EXTRA")) {
                json = good("2024-01-01T00:00:00Z", "1", swap[1]);
            } else if (swap[0].equals("VALUE")) {
                json = good("2024-01-01T00:00:00Z", swap[1], "");
            } else if (swap[0].equals("TS")) {
                json = good(swap[1], "1", "");
            }
        } else {
            json = variant;
        }

        assertThat(fast.read(json.getBytes(StandardCharsets.UTF_8))).as(json).isNull();
    }
}
