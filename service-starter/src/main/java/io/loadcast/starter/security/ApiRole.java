package io.loadcast.starter.security;

/** Permissions of an API key, after MLflow's: each role includes the ones before it. */
public enum ApiRole {
    READ,
    EDIT,
    MANAGE;

    public boolean includes(ApiRole other) {
        return compareTo(other) >= 0;
    }
}
