package io.loadcast.forecast.bindings;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Bindings, the audit trail and takeover decisions (PostgreSQL). */
public interface BindingStore {

    Optional<ServingBinding> find(String seriesId);

    List<ServingBinding> all();

    /** Creates or replaces the binding of its series; returns the one it replaced. */
    Optional<ServingBinding> put(ServingBinding binding);

    /** Removes the binding of {@code seriesId}; returns it. */
    Optional<ServingBinding> delete(String seriesId);

    void audit(AuditEntry entry);

    List<AuditEntry> audit(@Nullable String seriesId, int limit);

    /** Stores the decision (with its id) unless one for the same pair of versions exists: then empty. */
    Optional<TakeoverDecision> insert(TakeoverDecision decision);

    /** Replaces the {@code NOT_MEASURED} decision {@code id} by {@code measured}; empty when it is no longer one. */
    Optional<TakeoverDecision> remeasure(long id, TakeoverDecision measured);

    Optional<TakeoverDecision> decision(
            String seriesId, String challenger, String challengerVersion, String incumbent, String incumbentVersion);

    List<TakeoverDecision> decisions(@Nullable String seriesId, int limit);
}
