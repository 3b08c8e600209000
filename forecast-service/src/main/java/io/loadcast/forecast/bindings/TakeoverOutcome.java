package io.loadcast.forecast.bindings;

/** How a same-window comparison of a would-be new model with the serving one ended. */
public enum TakeoverOutcome {
    /** The challenger's error beat the incumbent's by the promotion policy's margin: it serves the series now. */
    TOOK_OVER,
    /** It did not: the incumbent keeps serving. */
    KEPT,
    /** One of the two could not be backtested on the window (too little data, ingest down, a model that throws). */
    NOT_MEASURED
}
