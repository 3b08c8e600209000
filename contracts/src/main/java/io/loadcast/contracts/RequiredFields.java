package io.loadcast.contracts;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks made in the events' compact constructors, so that a missing field is rejected by name whichever
 * JSON library (or plain Java code) builds the event.
 */
final class RequiredFields {

    private RequiredFields() {}

    static <T> T require(@Nullable T value, String field) {
        if (value == null) {
            throw new MissingFieldException(field);
        }
        return value;
    }

    static String requireText(@Nullable String value, String field) {
        String text = require(value, field);
        if (text.isBlank()) {
            throw new MissingFieldException(field);
        }
        return text;
    }

    static <T> List<T> requireList(@Nullable List<T> value, String field) {
        return List.copyOf(require(value, field));
    }
}
