package io.loadcast.registry.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One recorded change: who made it, when, and the state before and after.
 *
 * @param action e.g. {@code ALIAS_MOVED}, {@code VERSION_CREATED}, {@code POLICY_SET}
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String modelName,
        String action,
        @Nullable String alias,
        @Nullable String version,
        @Nullable JsonNode before,
        @Nullable JsonNode after) {}
