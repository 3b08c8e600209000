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

    /** Actions that move an alias; {@link #servedAt} replays them. */
    public static final String ALIAS_MOVED = "ALIAS_MOVED";

    public static final String ALIAS_DELETED = "ALIAS_DELETED";

    private final AuditStore store;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(AuditStore store, JsonMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            String actor,
            String modelName,
            String action,
            @Nullable String alias,
            @Nullable String version,
            @Nullable Object before,
            @Nullable Object after) {
        store.insert(
                clock.instant(),
                actor,
                modelName,
                action,
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
            return ALIAS_MOVED.equals(e.action()) && version != null
                    ? Optional.of(new Served(modelName, alias, at, version, e.occurredAt(), e.actor()))
                    : Optional.empty();
        });
    }
}
