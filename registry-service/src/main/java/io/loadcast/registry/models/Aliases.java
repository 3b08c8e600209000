package io.loadcast.registry.models;

import io.loadcast.registry.audit.AuditAction;
import io.loadcast.registry.audit.AuditLog;
import io.loadcast.registry.events.ModelEvents;
import io.loadcast.registry.mlflow.MlflowException;
import io.loadcast.registry.models.store.ModelStore;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MLflow model aliases. Every move is audited (which is what answers "which version served when") and announced on
 * ml.model-events.v1 in the same transaction through the outbox.
 */
@Service
public class Aliases {

    // MLflow reserves "latest" and version-like names (v1, V2) for its own model URIs
    private static final Pattern RESERVED = Pattern.compile("latest|[vV]\\d+");

    private final ModelStore models;
    private final Versions versions;
    private final AuditLog audit;
    private final ModelEvents events;
    private final AliasGuard guard;

    Aliases(ModelStore models, Versions versions, AuditLog audit, ModelEvents events, AliasGuard guard) {
        this.models = models;
        this.versions = versions;
        this.audit = audit;
        this.events = events;
        this.guard = guard;
    }

    /**
     * Moves an alias at a client's request (MLflow's set-alias): a governed alias (the champion of a model with a
     * promotion policy) only to a version the policy promoted or a MANAGE key approved or overrode.
     */
    @Transactional
    public ModelVersion move(@Nullable String name, @Nullable String alias, @Nullable String version, String actor) {
        String valid = validAlias(alias);
        ModelVersion target = versions.get(name, version);
        guard.checkMove(target.name(), valid, target.version());
        return set(name, valid, version, actor);
    }

    @Transactional
    public ModelVersion set(@Nullable String name, @Nullable String alias, @Nullable String version, String actor) {
        String valid = validAlias(alias);
        ModelVersion target = versions.get(name, version);
        Optional<Integer> previous = models.alias(target.name(), valid);
        if (previous.isPresent() && String.valueOf(previous.get()).equals(target.version())) {
            return target;
        }
        models.setAlias(target.name(), valid, Versions.number(target.version()));
        String before = previous.map(String::valueOf).orElse(null);
        audit.aliasChanged(
                actor, target.name(), valid, target.version(), AuditAction.ALIAS_MOVED, before, target.version());
        events.aliasMoved(target.name(), target.version(), valid, before, actor);
        return versions.get(name, version);
    }

    private static String validAlias(@Nullable String alias) {
        String valid = MlflowException.require(alias, "alias");
        if (RESERVED.matcher(valid).matches() || valid.length() > 255) {
            throw MlflowException.invalid("Invalid alias name '" + valid + "': 'latest' and 'v<number>' are reserved.");
        }
        return valid;
    }

    @Transactional(readOnly = true)
    public ModelVersion get(@Nullable String name, @Nullable String alias) {
        MlflowException.require(name, "name");
        MlflowException.require(alias, "alias");
        Integer version = models.alias(name, alias)
                .orElseThrow(() -> MlflowException.notFound(
                        "Registered model alias " + alias + " not found for model " + name + "."));
        return versions.get(name, String.valueOf(version));
    }

    /** The version an alias points to, if any. */
    @Transactional(readOnly = true)
    public Optional<ModelVersion> find(String name, String alias) {
        return models.alias(name, alias).map(v -> versions.get(name, String.valueOf(v)));
    }

    @Transactional
    public void delete(@Nullable String name, @Nullable String alias, String actor) {
        ModelVersion current = get(name, alias);
        String valid = MlflowException.require(alias, "alias");
        models.deleteAlias(current.name(), valid);
        audit.aliasChanged(
                actor, current.name(), valid, current.version(), AuditAction.ALIAS_DELETED, current.version(), null);
        events.aliasDeleted(current.name(), current.version(), valid, actor);
    }
}
