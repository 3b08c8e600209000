package io.loadcast.ingest.readings.domain;

import org.jspecify.annotations.Nullable;

/**
 * A reading that was refused.
 *
 * @param reason stable code
 * @param field the offending field when one can be named, e.g. {@code value}
 * @param detail a human-readable explanation
 */
public record Rejection(RejectReason reason, @Nullable String field, String detail) {}
