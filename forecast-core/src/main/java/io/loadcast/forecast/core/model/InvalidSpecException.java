package io.loadcast.forecast.core.model;

/** A hyperparameter out of its range: {@link #field()} names it as requests spell it. */
public final class InvalidSpecException extends IllegalArgumentException {

    private final String field;

    public InvalidSpecException(String field, String message) {
        super(field + " " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    static void positive(String field, int value) {
        if (value < 1) {
            throw new InvalidSpecException(field, "must be at least 1, was " + value);
        }
    }

    static void atLeast(String field, int value, int least) {
        if (value < least) {
            throw new InvalidSpecException(field, "must be at least " + least + ", was " + value);
        }
    }

    static void nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidSpecException(field, "must be a finite number >= 0, was " + value);
        }
    }

    static void positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidSpecException(field, "must be a finite number > 0, was " + value);
        }
    }
}
