package io.loadcast.ingest.readings.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.ingest.readings.domain.RejectReason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RawReadingParserTest {

    private final RawReadingParser parser =
            new RawReadingParser(JsonMapper.builder().build());

    private static final String GOOD = """
            {"eventId":"5b0f3c53-4c5e-4b36-9a57-0c7e1e6f5f01","occurredAt":"2024-01-01T00:00:05Z",
             "seriesId":"site-0042","timestamp":"2024-01-01T00:00:00Z","value":123.4,"unit":"MW",
             "source":"meter-7","firmware":"ignored"}""";

    private ParsedRecord parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheDeviceWireContractIgnoringUnknownFields() {
        ParsedRecord parsed = parse(GOOD);

        assertThat(parsed.rejection()).isNull();
        assertThat(parsed.reading().seriesId()).isEqualTo("site-0042");
        assertThat(parsed.reading().timestamp()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(parsed.reading().value()).isEqualTo(123.4);
    }

    @Test
    void rejectsBytesThatAreNotJson() {
        ParsedRecord parsed = parse("{not json");

        assertThat(parsed.reading()).isNull();
        assertThat(parsed.rejection().reason()).isEqualTo(RejectReason.MALFORMED_JSON);
    }

    @Test
    void rejectsRecordWithoutEventIdNamingTheField() {
        ParsedRecord parsed = parse(GOOD.replace("\"eventId\":\"5b0f3c53-4c5e-4b36-9a57-0c7e1e6f5f01\",", ""));

        assertThat(parsed.rejection().reason()).isEqualTo(RejectReason.MISSING_FIELD);
        assertThat(parsed.rejection().field()).isEqualTo("eventId");
        assertThat(parsed.seriesId()).isEqualTo("site-0042");
    }

    @Test
    void rejectsNonNumericValueNamingTheField() {
        ParsedRecord parsed = parse(GOOD.replace("123.4", "\"lots\""));

        assertThat(parsed.rejection().reason()).isEqualTo(RejectReason.NOT_A_NUMBER);
        assertThat(parsed.rejection().field()).isEqualTo("value");
        assertThat(parsed.seriesId()).isEqualTo("site-0042");
    }

    @Test
    void rejectsNullValueInsteadOfReadingZero() {
        ParsedRecord parsed = parse(GOOD.replace("123.4", "null"));

        assertThat(parsed.reading()).isNull();
        assertThat(parsed.rejection().field()).isEqualTo("value");
    }

    @Test
    void rejectsMissingValue() {
        ParsedRecord parsed = parse(GOOD.replace("\"value\":123.4,", ""));

        assertThat(parsed.rejection().reason()).isEqualTo(RejectReason.MISSING_FIELD);
        assertThat(parsed.rejection().field()).isEqualTo("value");
    }

    @Test
    void rejectsUnparseableTimestamp() {
        ParsedRecord parsed = parse(GOOD.replace("\"2024-01-01T00:00:00Z\"", "\"yesterday\""));

        assertThat(parsed.rejection().reason()).isEqualTo(RejectReason.INVALID_FIELD);
        assertThat(parsed.rejection().field()).isEqualTo("timestamp");
    }

    @Test
    void rejectsEmptyRecord() {
        assertThat(parser.parse(new byte[0]).rejection().reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(parser.parse(null).rejection().reason()).isEqualTo(RejectReason.MALFORMED_JSON);
    }
}
