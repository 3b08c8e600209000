package io.loadcast.registry.models;

/**
 * Decides whether an alias may be moved to a version through the plain MLflow alias endpoint (EDIT). The promotion
 * feature implements it, so that governed aliases move only where the promotion policy let them.
 */
public interface AliasGuard {

    /** Throws an MLflow PERMISSION_DENIED error when {@code alias} of {@code model} may not move to {@code version}. */
    void checkMove(String model, String alias, String version);
}
