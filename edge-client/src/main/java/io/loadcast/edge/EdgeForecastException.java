package io.loadcast.edge;

/** A local forecast that cannot be made, with the typed reason and a message that says what to change. */
public final class EdgeForecastException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Refusal reason;

    EdgeForecastException(Refusal reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Refusal reason() {
        return reason;
    }
}
