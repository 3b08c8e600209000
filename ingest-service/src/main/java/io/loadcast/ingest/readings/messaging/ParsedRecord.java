package io.loadcast.ingest.readings.messaging;

import io.loadcast.ingest.readings.domain.ReadingInput;
import io.loadcast.ingest.readings.domain.Rejection;
import org.jspecify.annotations.Nullable;

/** A raw record read as a reading, or why it could not be (with the series id when it was readable). */
record ParsedRecord(
        @Nullable ReadingInput reading,
        @Nullable Rejection rejection,
        @Nullable String seriesId) {

    static ParsedRecord ok(ReadingInput reading) {
        return new ParsedRecord(reading, null, reading.seriesId());
    }

    static ParsedRecord failed(Rejection rejection, @Nullable String seriesId) {
        return new ParsedRecord(null, rejection, seriesId);
    }
}
