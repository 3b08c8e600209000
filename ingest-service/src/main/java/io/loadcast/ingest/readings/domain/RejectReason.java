package io.loadcast.ingest.readings.domain;

/** Why a reading or a raw record was not stored; the names are the stable codes of the DLQ and the REST reports. */
public enum RejectReason {
    MALFORMED_JSON,
    MISSING_FIELD,
    INVALID_FIELD,
    NOT_A_NUMBER,
    NEGATIVE_VALUE,
    ABSURD_VALUE,
    FUTURE_TIMESTAMP,
    /** Outside the configured domain range (by default 1900..2200), e.g. before 4713 BC, which PostgreSQL cannot store. */
    TIMESTAMP_OUT_OF_RANGE,
    INVALID_SERIES_ID,
    UNKNOWN_SERIES,
    UNKNOWN_UNIT,
    UNIT_MISMATCH,
    /** A raw record larger than {@code loadcast.ingest.kafka.max-record-bytes}: dead-lettered unread, truncated. */
    RECORD_TOO_LARGE,
    /** A record of a batch that kept failing (database or broker) until the retries gave up. */
    PROCESSING_FAILED
}
