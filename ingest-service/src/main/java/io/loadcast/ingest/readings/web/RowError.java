package io.loadcast.ingest.readings.web;

import org.jspecify.annotations.Nullable;

/**
 * A refused row of a batch.
 *
 * @param index position in {@code readings}
 * @param field the offending field, e.g. {@code readings[3].value}
 * @param reason stable code, e.g. {@code NEGATIVE_VALUE}
 * @param detail explanation
 */
record RowError(int index, @Nullable String field, String reason, String detail) {}
