package io.loadcast.starter.problem;

import org.jspecify.annotations.Nullable;

/**
 * One reason a request was rejected, listed in a problem's {@code errors} member.
 *
 * @param field the JSON path of the offending field, e.g. {@code readings[3].value}
 * @param message why it was rejected
 * @param rejectedValue the value received, when it is safe to echo
 */
public record FieldError(
        String field, String message, @Nullable Object rejectedValue) {}
