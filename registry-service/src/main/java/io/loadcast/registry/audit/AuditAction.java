package io.loadcast.registry.audit;

/** What an audit entry records; stored by name and listed by {@code GET /api/v1/audit}. */
public enum AuditAction {
    MODEL_CREATED,
    MODEL_RENAMED,
    MODEL_UPDATED,
    MODEL_DELETED,
    MODEL_TAG_SET,
    MODEL_TAG_DELETED,
    VERSION_CREATED,
    VERSION_UPDATED,
    VERSION_DELETED,
    VERSION_TAG_SET,
    VERSION_TAG_DELETED,
    STAGE_TRANSITION,
    /** An alias now points to a version; {@link AuditLog#servedAt} replays these. */
    ALIAS_MOVED,
    ALIAS_DELETED,
    POLICY_SET,
    CANARY_CHANGED,
    CANARY_OVERRIDE,
    ROLLBACK,
    PROMOTION_PROMOTED,
    PROMOTION_PENDING_APPROVAL,
    PROMOTION_APPROVED,
    PROMOTION_REJECTED,
    PROMOTION_OVERRIDDEN
}
