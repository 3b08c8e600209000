package io.loadcast.guardrail;

import io.loadcast.starter.problem.LoadcastProblemException;
import org.springframework.http.HttpStatus;

/** The size limit on checked texts, shared by the guard and PII endpoints. */
public final class TextLimits {

    private TextLimits() {}

    /** Throws a 413 problem naming the field when the text is longer than {@code max} characters. */
    public static void check(String field, String text, int max) {
        if (text.length() > max) {
            throw new LoadcastProblemException(
                            HttpStatus.CONTENT_TOO_LARGE,
                            "text-too-large",
                            "Text too large",
                            field + " has " + text.length() + " characters; the limit is " + max + ".")
                    .with("field", field)
                    .with("limit", max);
        }
    }
}
