package io.loadcast.ingest.imports.domain;

import org.jspecify.annotations.Nullable;

/**
 * A rejected line of an imported file.
 *
 * @param line 1-based line number in the file (the header is line 1)
 * @param column the offending column, when one can be named
 * @param reason stable code, e.g. {@code FIELD_COUNT}, {@code INVALID_DATE}, {@code NOT_A_NUMBER}
 * @param detail explanation
 */
public record RowProblem(long line, @Nullable String column, String reason, String detail) {}
