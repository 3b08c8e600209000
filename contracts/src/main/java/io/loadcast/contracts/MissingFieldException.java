package io.loadcast.contracts;

/** A required field of an event is absent, null or blank. */
public final class MissingFieldException extends IllegalArgumentException {

    private final String field;

    public MissingFieldException(String field) {
        super("missing required field '" + field + "'");
        this.field = field;
    }

    @Override
    public String getMessage() {
        return "missing required field '" + field + "'";
    }

    /** The JSON name of the missing field. */
    public String field() {
        return field;
    }
}
