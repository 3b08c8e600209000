package io.loadcast.starter.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A failure a client can act on: a {@link ProblemType} from the catalogue, a detail naming what was wrong, and
 * members such as the offending {@code field} or the {@code row} of a batch. Domain code throws it; the one
 * {@link ProblemHandler} renders it as an RFC 9457 problem.
 */
public class LoadcastProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public LoadcastProblemException(ProblemType type, @Nullable String detail) {
        this(type.status(), type.slug(), type.title(), detail);
    }

    /**
     * A problem type not (yet) in the catalogue.
     *
     * @deprecated add the condition to {@link ProblemType}; kept so branches written before the catalogue still build
     */
    @Deprecated
    public LoadcastProblemException(HttpStatus status, String slug, String title, @Nullable String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    /** Adds a member to the problem, e.g. the offending {@code field} or the {@code row} of a batch. */
    public LoadcastProblemException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    /** The slug of the problem's {@code type}, e.g. {@code series-not-found}. */
    public String slug() {
        return slug;
    }

    ProblemDetail toProblemDetail() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setType(ProblemTypes.of(slug));
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        return problem;
    }
}
