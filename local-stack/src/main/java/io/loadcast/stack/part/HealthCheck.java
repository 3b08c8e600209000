package io.loadcast.stack.part;

/** A probe that answers quickly (a couple of seconds at most) whether a part serves requests. */
@FunctionalInterface
public interface HealthCheck {

    boolean isHealthy();
}
