package io.loadcast.registry.audit;

import io.loadcast.registry.audit.store.AuditStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The audit history of registered models, written in the transaction of each change. */
@Service
public class AuditLog {

    private final AuditStore store;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(AuditStore store, JsonMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    /** A change to a registered model itself (no alias or version involved). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void modelChanged(
            String actor, String modelName, AuditAction action, @Nullable Object before, @Nullable Object after) {
        record(actor, modelName, action, null, null, before, after);
    }

    /** A change to one version of a model. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void versionChanged(
            String actor,
            String modelName,
            String version,
            AuditAction action,
            @Nullable Object before,
            @Nullable Object after) {
        record(actor, modelName, action, null, version, before, after);
    }

    /** {@code alias} of a model moved to, or was removed from, {@code version}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void aliasChanged(
            String actor,
            String modelName,
            String alias,
            String version,
            AuditAction action,
            @Nullable Object before,
            @Nullable Object after) {
        record(actor, modelName, action, alias, version, before, after);
    }

    private void record(
            String actor,
            String modelName,
            AuditAction action,
            @Nullable String alias,
            @Nullable String version,
            @Nullable Object before,
            @Nullable Object after) {
        store.insert(
                clock.instant(),
                actor,
                modelName,
                action.name(),
                alias,
                version,
                before == null ? null : json.writeValueAsString(before),
                after == null ? null : json.writeValueAsString(after));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> history(@Nullable String modelName, Instant from, Instant to, int limit) {
        return store.find(modelName, from, to, limit);
    }

    /** The version {@code alias} of {@code modelName} pointed to at {@code at}; empty when it pointed nowhere. */
    @Transactional(readOnly = true)
    public Optional<Served> servedAt(String modelName, String alias, Instant at) {
        return store.lastAliasChange(modelName, alias, at).flatMap(e -> {
            String version = e.version();
            return AuditAction.ALIAS_MOVED.name().equals(e.action()) && version != null
                    ? Optional.of(new Served(modelName, alias, at, version, e.occurredAt(), e.actor()))
                    : Optional.empty();
        });
    }
}
