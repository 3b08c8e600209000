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
    INVALID_SERIES_ID,
    UNKNOWN_SERIES,
    UNKNOWN_UNIT,
    UNIT_MISMATCH
}
