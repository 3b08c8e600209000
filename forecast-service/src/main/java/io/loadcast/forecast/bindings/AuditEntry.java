package io.loadcast.forecast.bindings;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** One recorded change of what serves a series: who, when, and the state before and after. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String seriesId,
        AuditAction action,
        @Nullable JsonNode before,
        @Nullable JsonNode after) {}
