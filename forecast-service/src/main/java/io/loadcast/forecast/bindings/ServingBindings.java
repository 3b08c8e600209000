package io.loadcast.forecast.bindings;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which model serves which series, as data: operators set and remove bindings (each change audited in the same
 * transaction), serving reads them through a short cache ({@link BindingsProperties#refresh}).
 */
@Service
public class ServingBindings {

    /** The actor of bindings and audit entries written by a takeover decision. */
    public static final String TAKEOVER_ACTOR = "takeover-policy";

    private static final Logger log = LoggerFactory.getLogger(ServingBindings.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BindingStore store;
    private final BindingTargets targets;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Cache<String, Optional<ServingBinding>> cache;

    ServingBindings(
            BindingStore store,
            BindingTargets targets,
            PlatformTransactionManager transactions,
            Clock clock,
            BindingsProperties config) {
        this.store = store;
        this.targets = targets;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(config.refresh())
                .maximumSize(100_000)
                .build();
    }

    /** The binding of {@code seriesId} for serving; none when the database cannot be read (the rule applies). */
    public Optional<ServingBinding> binding(String seriesId) {
        try {
            return cache.get(seriesId, store::find);
        } catch (RuntimeException e) {
            log.warn("binding of {} not read; the naming rule applies: {}", seriesId, e.getMessage());
            return Optional.empty();
        }
    }

    public ServingBinding get(String seriesId) {
        BindingTargets.checkSeries(seriesId);
        return store.find(seriesId).orElseThrow(() -> noBinding(seriesId));
    }

    public List<ServingBinding> all() {
        return store.all();
    }

    /** Binds {@code seriesId} to a registered model (its champion, a pinned version or another alias). */
    public ServingBinding set(
            String seriesId,
            String modelName,
            @Nullable String version,
            @Nullable String alias,
            String reason,
            String actor) {
        BindingTargets.checkSeries(seriesId);
        targets.check(modelName, version, alias);
        ServingBinding binding =
                new ServingBinding(seriesId, modelName, version, alias, actor, clock.instant(), reason);
        write(binding, AuditAction.BINDING_SET);
        return binding;
    }

    /** Writes {@code binding} and its audit entry in one transaction. */
    private void write(ServingBinding binding, AuditAction action) {
        transactions.executeWithoutResult(tx -> {
            Optional<ServingBinding> before = store.put(binding);
            store.audit(entry(binding.setBy(), binding.seriesId(), action, before.orElse(null), binding));
        });
        cache.invalidate(binding.seriesId());
        log.info(
                "{} now served by {} ({} by {}: {})",
                binding.seriesId(),
                binding.modelName(),
                action,
                binding.setBy(),
                binding.reason());
    }

    /** Removes the binding of {@code seriesId}: the naming rule applies again. */
    public ServingBinding delete(String seriesId, String actor) {
        BindingTargets.checkSeries(seriesId);
        ServingBinding removed = transactions.execute(tx -> {
            ServingBinding gone = store.delete(seriesId).orElseThrow(() -> noBinding(seriesId));
            store.audit(entry(actor, seriesId, AuditAction.BINDING_DELETED, gone, null));
            return gone;
        });
        cache.invalidate(seriesId);
        return java.util.Objects.requireNonNull(removed);
    }

    /** Forgets the cached binding of {@code seriesId} (a takeover wrote one). */
    void invalidate(String seriesId) {
        cache.invalidate(seriesId);
    }

    public List<AuditEntry> audit(@Nullable String seriesId, int limit) {
        return store.audit(seriesId, limit);
    }

    AuditEntry entry(
            String actor, String seriesId, AuditAction action, @Nullable Object before, @Nullable Object after) {
        return new AuditEntry(0, clock.instant(), actor, seriesId, action, tree(before), tree(after));
    }

    private static @Nullable JsonNode tree(@Nullable Object value) {
        return value == null ? null : JSON.valueToTree(value);
    }

    private static LoadcastProblemException noBinding(String seriesId) {
        return new LoadcastProblemException(
                        ProblemType.NO_SERVING_BINDING,
                        "series " + seriesId + " has no serving binding; the naming rule picks its model")
                .with("field", "series");
    }
}
