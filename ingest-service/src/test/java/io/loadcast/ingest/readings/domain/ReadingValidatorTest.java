package io.loadcast.ingest.readings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.ingest.IngestProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadingValidatorTest {

    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");
    private static final IngestProperties.Validation RULES = new IngestProperties.Validation(
            1_000_000, Duration.ofMinutes(5), true, Set.of("MW", "kW"), EARLIEST, LATEST);
    private static final ReadingValidator VALIDATOR = new ReadingValidator(RULES, Clock.fixed(NOW, ZoneOffset.UTC));
    private static final Series DEMAND = new Series("site-1", 1, "MW", "PT30M", "Europe/London", false);
    private static final Series FLOW = new Series("GB-IFA_FLOW", 2, "MW", "PT30M", "Europe/London", true);

    private static ReadingInput reading(String series, double value, String unit, Instant at) {
        return new ReadingInput(series, at, value, unit, "meter-7");
    }

    @Test
    void acceptsPlausibleReadingOfKnownSeries() {
        assertThat(VALIDATOR.check(reading("site-1", 123.4, "MW", NOW), DEMAND)).isNull();
    }

    @Test
    void acceptsFirstReadingOfUnknownSeriesWhenAutoRegistrationIsOn() {
        assertThat(VALIDATOR.check(reading("site-new", 5, "kW", NOW), null)).isNull();
    }

    @Test
    void rejectsUnknownSeriesWhenAutoRegistrationIsOff() {
        var strict = new ReadingValidator(
                new IngestProperties.Validation(
                        1_000_000, Duration.ofMinutes(5), false, Set.of("MW"), EARLIEST, LATEST),
                Clock.fixed(NOW, ZoneOffset.UTC));

        Rejection rejection = strict.check(reading("site-new", 5, "MW", NOW), null);

        assertThat(rejection.reason()).isEqualTo(RejectReason.UNKNOWN_SERIES);
        assertThat(rejection.field()).isEqualTo("seriesId");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "-5, NEGATIVE_VALUE",
        "NaN, NOT_A_NUMBER",
        "Infinity, NOT_A_NUMBER",
        "2.5E7, ABSURD_VALUE",
    })
    void rejectsImplausibleValueOfDemandSeries(String value, RejectReason reason) {
        Rejection rejection = VALIDATOR.check(reading("site-1", Double.parseDouble(value), "MW", NOW), DEMAND);

        assertThat(rejection.reason()).isEqualTo(reason);
        assertThat(rejection.field()).isEqualTo("value");
    }

    @Test
    void acceptsNegativeValueOnSignedFlowSeries() {
        assertThat(VALIDATOR.check(reading("GB-IFA_FLOW", -1500, "MW", NOW), FLOW))
                .isNull();
    }

    @Test
    void rejectsTimestampFarInTheFuture() {
        Rejection rejection = VALIDATOR.check(reading("site-1", 1, "MW", NOW.plus(Duration.ofDays(3))), DEMAND);

        assertThat(rejection.reason()).isEqualTo(RejectReason.FUTURE_TIMESTAMP);
        assertThat(rejection.field()).isEqualTo("timestamp");
    }

    @Test
    void toleratesSmallDeviceClockDrift() {
        assertThat(VALIDATOR.check(reading("site-1", 1, "MW", NOW.plusSeconds(60)), DEMAND))
                .isNull();
    }

    @Test
    void rejectsUnitOtherThanTheSeriesUnit() {
        assertThat(VALIDATOR.check(reading("site-1", 1, "kW", NOW), DEMAND).reason())
                .isEqualTo(RejectReason.UNIT_MISMATCH);
    }

    @Test
    void rejectsUnknownUnit() {
        assertThat(VALIDATOR
                        .check(reading("site-1", 1, "horsepower", NOW), null)
                        .reason())
                .isEqualTo(RejectReason.UNKNOWN_UNIT);
    }

    @Test
    void rejectsSeriesIdWithSpacesOrSlashes() {
        assertThat(VALIDATOR.check(reading("site 1/../x", 1, "MW", NOW), null).reason())
                .isEqualTo(RejectReason.INVALID_SERIES_ID);
    }

    @ParameterizedTest
    @CsvSource({"-4714-11-24T00:00:00Z", "-999999999-01-01T00:00:00Z", "1899-12-31T23:30:00Z"})
    void rejectsTimestampsBeforeTheDomainRangeThatPostgresCannotStore(String at) {
        Rejection rejection = VALIDATOR.check(reading("site-1", 5, "MW", Instant.parse(at)), DEMAND);

        assertThat(rejection).isNotNull();
        assertThat(rejection.reason()).isEqualTo(RejectReason.TIMESTAMP_OUT_OF_RANGE);
        assertThat(rejection.field()).isEqualTo("timestamp");
    }

    @Test
    void rejectsTimestampsAfterTheDomainRangeEvenWhenTheFutureSkewAllowsThem() {
        var lenient = new ReadingValidator(
                new IngestProperties.Validation(
                        1_000_000, Duration.ofDays(365_000_000), true, Set.of("MW"), EARLIEST, LATEST),
                Clock.fixed(NOW, ZoneOffset.UTC));

        Rejection rejection =
                lenient.check(reading("site-1", 5, "MW", Instant.parse("+294277-01-01T00:00:00Z")), DEMAND);

        assertThat(rejection).isNotNull();
        assertThat(rejection.reason()).isEqualTo(RejectReason.TIMESTAMP_OUT_OF_RANGE);
    }
}
