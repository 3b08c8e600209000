package io.loadcast.guardrail;

import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;

/** The size limit on checked texts, shared by the guard and PII endpoints. */
public final class TextLimits {

    private TextLimits() {}

    /** Throws a 413 problem naming the field when the text is longer than {@code max} characters. */
    public static void check(String field, String text, int max) {
        if (text.length() > max) {
            throw new LoadcastProblemException(
                            ProblemType.TEXT_TOO_LARGE,
                            field + " has " + text.length() + " characters; the limit is " + max + ".")
                    .with("field", field)
                    .with("limit", max);
        }
    }
}
