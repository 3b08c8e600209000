package io.loadcast.stack.part;

public enum PartKind {
    INFRA,
    SERVICE
}
