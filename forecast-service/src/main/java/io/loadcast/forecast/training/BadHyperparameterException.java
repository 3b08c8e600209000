package io.loadcast.forecast.training;

import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;

/** A request's hyperparameter that the family does not have or that is out of range: a 400 naming the field. */
public final class BadHyperparameterException extends LoadcastProblemException {

    private final String slug;
    private final String field;

    private BadHyperparameterException(ProblemType type, String key, String detail) {
        super(type, detail);
        this.slug = type.slug();
        this.field = "hyperparameters." + key;
        with("field", field);
    }

    /** {@code unknown-hyperparameter}: the family has no such hyperparameter. */
    static BadHyperparameterException unknown(String key, String detail) {
        return new BadHyperparameterException(ProblemType.UNKNOWN_HYPERPARAMETER, key, detail);
    }

    /** {@code bad-hyperparameter}: not a number of its type, or out of range. */
    static BadHyperparameterException invalid(String key, String detail) {
        return new BadHyperparameterException(ProblemType.BAD_HYPERPARAMETER, key, detail);
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
