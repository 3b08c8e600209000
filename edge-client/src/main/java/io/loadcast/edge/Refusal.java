package io.loadcast.edge;

/** Why a local forecast was refused (the edge counterparts of forecast-service's problems). */
public enum Refusal {
    /** No champion of a model covering the series is loaded yet. */
    NO_MODEL,
    /** The horizon is below 1 or beyond what the model was trained for. */
    HORIZON_OUT_OF_RANGE,
    /** The origin is not the start of a half-hour. */
    ORIGIN_OFF_GRID,
    /** The origin is after the device's clock. */
    ORIGIN_IN_FUTURE,
    /** No reading in the window before the origin. */
    NO_HISTORY,
    /** Fewer readings than the model's look-back, or fewer than half of it known. */
    TOO_LITTLE_HISTORY
}
