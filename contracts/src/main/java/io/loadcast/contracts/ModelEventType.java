package io.loadcast.contracts;

/** What happened to a registered model. */
public enum ModelEventType {
    VERSION_CREATED,
    ALIAS_MOVED,
    ALIAS_DELETED,
    CANARY_CHANGED,
    APPROVAL,
    ROLLBACK
}
