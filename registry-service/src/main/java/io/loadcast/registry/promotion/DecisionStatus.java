package io.loadcast.registry.promotion;

/** The outcome of a promotion request, stored with it and named in its audit entry ({@code PROMOTION_<status>}). */
public enum DecisionStatus {
    /** The challenger beat the policy and the champion alias moved to it. */
    PROMOTED,
    /** The challenger beat the policy; a MANAGE key must approve before the alias moves. */
    PENDING_APPROVAL,
    /** A MANAGE key approved a pending challenger and the alias moved. */
    APPROVED,
    /** The challenger did not beat the policy, or had no evidence to compare. */
    REJECTED,
    /** A MANAGE key moved the alias against the policy, with a reason. */
    OVERRIDDEN;

    /** Whether a version with this status may be served as champion. */
    public boolean cleared() {
        return this == PROMOTED || this == APPROVED || this == OVERRIDDEN;
    }
}
