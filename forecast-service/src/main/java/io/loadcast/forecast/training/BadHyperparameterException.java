package io.loadcast.forecast.training;

import io.loadcast.starter.problem.LoadcastProblemException;
import org.springframework.http.HttpStatus;

/** A request's hyperparameter that the family does not have or that is out of range: a 400 naming the field. */
public final class BadHyperparameterException extends LoadcastProblemException {

    private final String slug;
    private final String field;

    private BadHyperparameterException(String slug, String title, String key, String detail) {
        super(HttpStatus.BAD_REQUEST, slug, title, detail);
        this.slug = slug;
        this.field = "hyperparameters." + key;
        with("field", field);
    }

    /** {@code unknown-hyperparameter}: the family has no such hyperparameter. */
    static BadHyperparameterException unknown(String key, String detail) {
        return new BadHyperparameterException("unknown-hyperparameter", "Unknown hyperparameter", key, detail);
    }

    /** {@code bad-hyperparameter}: not a number of its type, or out of range. */
    static BadHyperparameterException invalid(String key, String detail) {
        return new BadHyperparameterException("bad-hyperparameter", "Bad hyperparameter", key, detail);
    }

    /** The problem type's slug. */
    public String slug() {
        return slug;
    }

    /** The field as the problem names it, e.g. {@code hyperparameters.hidden}. */
    public String field() {
        return field;
    }
}
