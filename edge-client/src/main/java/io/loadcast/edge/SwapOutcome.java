package io.loadcast.edge;

/** What became of one attempt to serve a model's champion. */
public enum SwapOutcome {
    /** The champion was downloaded, verified, loaded and now serves. */
    SWAPPED,
    /** The champion already serves here. */
    UNCHANGED,
    /** The registry has no champion for the model: nothing changes. */
    NO_CHAMPION,
    /** The artifact was refused (sha256 mismatch, unreadable, unsafe source): the previous model keeps serving. */
    REJECTED,
    /** The registry could not be reached after the retries: the previous model keeps serving. */
    UNAVAILABLE
}
