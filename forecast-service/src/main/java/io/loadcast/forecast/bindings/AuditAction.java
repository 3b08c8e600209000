package io.loadcast.forecast.bindings;

/** What a serving audit entry records; stored by name and listed by {@code GET /api/v1/serving-audit}. */
public enum AuditAction {
    /** An operator created or changed a binding. */
    BINDING_SET,
    /** An operator removed a binding: the naming rule applies again. */
    BINDING_DELETED,
    /** A model beat the one serving the series on the same window and now serves it (a binding was written). */
    TAKEOVER_ACCEPTED,
    /** A model that would have taken over lost, or could not be compared; the serving model stays. */
    TAKEOVER_REJECTED
}
