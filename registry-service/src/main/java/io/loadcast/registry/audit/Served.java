package io.loadcast.registry.audit;

import java.time.Instant;

/**
 * Which version an alias pointed to at an instant, from the audit history.
 *
 * @param since when the alias was moved to that version
 * @param movedBy who moved it
 */
public record Served(String modelName, String alias, Instant at, String version, Instant since, String movedBy) {}
