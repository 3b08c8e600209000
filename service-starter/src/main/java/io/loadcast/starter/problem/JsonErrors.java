package io.loadcast.starter.problem;

import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/** Turns a JSON parsing failure into the path of the offending field and a reason a person can read. */
final class JsonErrors {

    private JsonErrors() {}

    static FieldError describe(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        if (!(cause instanceof JacksonException json)) {
            return new FieldError("$", "the body is missing or is not readable JSON", null);
        }
        String path = path(json);
        if (json instanceof InvalidFormatException format) {
            return new FieldError(
                    path,
                    "cannot read " + quoted(format.getValue()) + " as "
                            + format.getTargetType().getSimpleName(),
                    null);
        }
        return new FieldError(path, json.getOriginalMessage(), null);
    }

    private static String path(JacksonException json) {
        String path = json.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "$" : path.startsWith(".") ? path.substring(1) : path;
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
}
