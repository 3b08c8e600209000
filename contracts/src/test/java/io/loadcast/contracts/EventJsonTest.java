package io.loadcast.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EventJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID ID = UUID.fromString("7f1f0c8e-8a43-4b53-9a5b-1f3c2e0a9d11");
    private static final Instant SENT = Instant.parse("2025-03-30T01:00:05Z");
    private static final Instant MEASURED = Instant.parse("2025-03-30T00:30:00Z");

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of(new RawReading(ID, SENT, "site-0042", MEASURED, 123.4, "MW", "meter-7")),
                Arguments.of(new Reading(ID, SENT, "GB-ND", MEASURED, 25_431.0, "MW", "neso-import", 1)),
                Arguments.of(new RejectedReading(
                        ID,
                        SENT,
                        "NEGATIVE_VALUE",
                        "value -5.0 is below 0",
                        "value",
                        "site-1",
                        "e30=",
                        Topics.READINGS_RAW,
                        3,
                        42L,
                        true,
                        70_000,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                Arguments.of(new ForecastIssued(
                        ID,
                        SENT,
                        "GB-ND",
                        MEASURED,
                        "gb-nd-lstm",
                        "7",
                        List.of(new ForecastPoint(MEASURED, 20_000, 19_000, 21_000, 18_000, 22_000)))),
                Arguments.of(new ModelEvent(
                        ID, SENT, ModelEventType.ALIAS_MOVED, "gb-nd-lstm", "7", "champion", "6", null, "ci")),
                Arguments.of(new DriftDetected(
                        ID, SENT, "GB-ND", "gb-nd-lstm", "7", "value", DriftStatistic.PSI, 0.31, 0.2, MEASURED, SENT)),
                Arguments.of(new RetrainRequested(
                        ID, SENT, List.of("GB-ND", "GB-TSD"), RetrainReason.DRIFT, "drift-policy", "gru", null)));
    }

    @ParameterizedTest
    @MethodSource("events")
    void roundTripsThroughJsonUnchanged(LoadcastEvent event) {
        String json = JSON.writeValueAsString(event);

        assertThat(JSON.readValue(json, event.getClass())).isEqualTo(event);
        assertThat(json).contains("\"eventId\":\"" + ID + "\"").doesNotContain("kafkaKey");
    }

    @ParameterizedTest
    @MethodSource("events")
    void ignoresFieldsItDoesNotKnow(LoadcastEvent event) {
        ObjectNode tree = JSON.valueToTree(event);
        tree.put("firmware", "2.1.0");
        tree.putObject("extra").put("nested", true);

        assertThat(JSON.treeToValue(tree, event.getClass())).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("events")
    void rejectsMissingEventIdByName(LoadcastEvent event) {
        ObjectNode tree = JSON.valueToTree(event);
        tree.remove("eventId");

        assertThatThrownBy(() -> JSON.treeToValue(tree, event.getClass()))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("eventId");
    }

    @Test
    void readsTheDeviceWireFormatWithIsoInstants() {
        String wire = """
                {"eventId": "7f1f0c8e-8a43-4b53-9a5b-1f3c2e0a9d11", "occurredAt": "2025-03-30T01:00:05Z",
                 "seriesId": "site-0042", "timestamp": "2025-03-30T00:30:00Z", "value": 123.4,
                 "unit": "MW", "source": "meter-7", "rssi": -71}
                """;

        RawReading reading = JSON.readValue(wire, RawReading.class);

        assertThat(reading).isEqualTo(new RawReading(ID, SENT, "site-0042", MEASURED, 123.4, "MW", "meter-7"));
        assertThat(reading.kafkaKey()).isEqualTo("site-0042");
    }

    @ParameterizedTest
    @MethodSource("rawReadingFields")
    void rejectsRawReadingWithoutEachRequiredField(String field) {
        ObjectNode tree = JSON.valueToTree(new RawReading(ID, SENT, "site-0042", MEASURED, 1.0, "MW", "meter-7"));
        tree.remove(field);

        assertThatThrownBy(() -> JSON.treeToValue(tree, RawReading.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("'" + field + "'");
    }

    static Stream<String> rawReadingFields() {
        return Stream.of("eventId", "occurredAt", "seriesId", "timestamp", "value", "unit", "source");
    }

    @Test
    void rejectsBlankSeriesIdByName() {
        assertThatThrownBy(() -> new RawReading(ID, SENT, " ", MEASURED, 1.0, "MW", "meter-7"))
                .isInstanceOf(MissingFieldException.class)
                .extracting(e -> ((MissingFieldException) e).field())
                .isEqualTo("seriesId");
    }

    @Test
    void rejectsRetrainRequestWithoutSeries() {
        assertThatThrownBy(() -> new RetrainRequested(ID, SENT, List.of(), RetrainReason.CI, "ci", null, null))
                .isInstanceOf(MissingFieldException.class)
                .hasMessageContaining("seriesIds");
    }

    @Test
    void copiesListsSoEventsStayImmutable() {
        var series = new java.util.ArrayList<>(List.of("GB-ND"));
        var request = new RetrainRequested(ID, SENT, series, RetrainReason.MANUAL, "ops", null, null);
        series.add("GB-TSD");

        assertThat(request.seriesIds()).containsExactly("GB-ND");
    }

    @Test
    void readsARejectedReadingOfAnOlderProducerWithoutTheTruncationFields() {
        String old =
                "{\"eventId\":\"" + ID + "\",\"occurredAt\":\"2025-03-30T01:00:05Z\",\"reason\":\"MALFORMED_JSON\","
                        + "\"detail\":\"not JSON\",\"originalPayloadBase64\":\"e30=\",\"topic\":\"grid.readings.raw.v1\","
                        + "\"partition\":0,\"offset\":7}";

        RejectedReading rejected = JSON.readValue(old, RejectedReading.class);

        assertThat(rejected.payloadTruncated()).isFalse();
        assertThat(rejected.originalLength()).isNull();
        assertThat(rejected.originalSha256()).isNull();
        assertThat(rejected.offset()).isEqualTo(7L);
    }
}
