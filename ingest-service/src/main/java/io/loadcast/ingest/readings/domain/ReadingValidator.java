package io.loadcast.ingest.readings.domain;

import io.loadcast.ingest.IngestProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Plausibility rules a reading from a device or the REST API must pass. Unknown series are registered on their first
 * valid reading (with its unit) unless {@code autoRegisterSeries} is off; afterwards every reading must carry the
 * series' unit. Negative values are refused except on signed series (interconnector flows).
 */
public final class ReadingValidator {

    private static final Pattern SERIES_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private final IngestProperties.Validation rules;
    private final Clock clock;

    public ReadingValidator(IngestProperties.Validation rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** Returns why the reading is refused, or null when it may be stored. */
    public @Nullable Rejection check(ReadingInput reading, @Nullable Series series) {
        // a registered series passed this check when it was registered: skip the regex on the hot path
        if (series == null && !SERIES_ID.matcher(reading.seriesId()).matches()) {
            return new Rejection(
                    RejectReason.INVALID_SERIES_ID,
                    "seriesId",
                    "series id must be 1-64 letters, digits, '.', '_', ':' or '-' and start with a letter or digit");
        }
        if (series == null && !rules.autoRegisterSeries()) {
            return new Rejection(
                    RejectReason.UNKNOWN_SERIES, "seriesId", "series " + reading.seriesId() + " is not registered");
        }
        if (!rules.units().contains(reading.unit())) {
            return new Rejection(
                    RejectReason.UNKNOWN_UNIT, "unit", "unit '" + reading.unit() + "' is not one of " + rules.units());
        }
        if (series != null && !series.unit().equals(reading.unit())) {
            return new Rejection(
                    RejectReason.UNIT_MISMATCH,
                    "unit",
                    "series " + series.id() + " is in " + series.unit() + ", not " + reading.unit());
        }
        double value = reading.value();
        if (!Double.isFinite(value)) {
            return new Rejection(RejectReason.NOT_A_NUMBER, "value", "value must be a finite number, was " + value);
        }
        if (value < 0 && (series == null || !series.signed())) {
            return new Rejection(
                    RejectReason.NEGATIVE_VALUE, "value", "value " + value + " is negative on an unsigned series");
        }
        if (Math.abs(value) > rules.maxAbsValue()) {
            return new Rejection(
                    RejectReason.ABSURD_VALUE,
                    "value",
                    "value " + value + " exceeds the plausible magnitude " + rules.maxAbsValue());
        }
        if (!rules.inRange(reading.timestamp())) {
            return new Rejection(
                    RejectReason.TIMESTAMP_OUT_OF_RANGE,
                    "timestamp",
                    "timestamp " + reading.timestamp() + " is outside [" + rules.earliest() + ", " + rules.latest()
                            + ")");
        }
        Instant latest = clock.instant().plus(rules.maxFutureSkew());
        if (reading.timestamp().isAfter(latest)) {
            return new Rejection(
                    RejectReason.FUTURE_TIMESTAMP,
                    "timestamp",
                    "timestamp " + reading.timestamp() + " is in the future (latest accepted " + latest + ")");
        }
        return null;
    }
}
