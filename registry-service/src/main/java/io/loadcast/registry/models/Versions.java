package io.loadcast.registry.models;

import io.loadcast.registry.audit.AuditAction;
import io.loadcast.registry.audit.AuditLog;
import io.loadcast.registry.events.ModelEvents;
import io.loadcast.registry.mlflow.MlflowException;
import io.loadcast.registry.mlflow.Page;
import io.loadcast.registry.mlflow.PageToken;
import io.loadcast.registry.mlflow.Tag;
import io.loadcast.registry.models.store.ModelStore;
import io.loadcast.registry.models.store.VersionStore;
import io.loadcast.registry.tracking.Runs;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** MLflow model versions: create (announced on ml.model-events.v1), read, search, describe, stage, tag, delete. */
@Service
public class Versions {

    private static final Map<String, String> COLUMNS = Map.of(
            "name", "v.name",
            "run_id", "v.run_id",
            "source_path", "v.source",
            "version_number", "cast(v.version as text)");
    private static final Map<String, String> ORDER = Map.of(
            "name", "v.name",
            "version_number", "v.version",
            "creation_timestamp", "v.creation_timestamp",
            "last_updated_timestamp", "v.last_updated_timestamp");

    private final VersionStore store;
    private final ModelStore models;
    private final Runs runs;
    private final AuditLog audit;
    private final ModelEvents events;
    private final Clock clock;

    Versions(VersionStore store, ModelStore models, Runs runs, AuditLog audit, ModelEvents events, Clock clock) {
        this.store = store;
        this.models = models;
        this.runs = runs;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ModelVersion create(
            @Nullable String name,
            @Nullable String source,
            @Nullable String runId,
            @Nullable String runLink,
            @Nullable String description,
            List<Tag> tags,
            String actor) {
        MlflowException.require(name, "name");
        MlflowException.require(source, "source");
        if (!models.exists(name)) {
            throw MlflowException.notFound("Registered Model with name=" + name + " not found");
        }
        if (runId != null && !runId.isEmpty()) {
            runs.info(runId);
        }
        int version = store.insert(
                name,
                source,
                runId == null || runId.isEmpty() ? null : runId,
                runLink,
                description == null ? "" : description,
                actor,
                clock.millis());
        tags.forEach(t -> store.setTag(name, version, MlflowException.require(t.key(), "tags.key"), t.value()));
        models.touch(name, clock.millis());
        ModelVersion created = get(name, String.valueOf(version));
        audit.versionChanged(actor, name, created.version(), AuditAction.VERSION_CREATED, null, created);
        events.versionCreated(name, created.version(), actor);
        return created;
    }

    @Transactional(readOnly = true)
    public ModelVersion get(@Nullable String name, @Nullable String version) {
        MlflowException.require(name, "name");
        int number = number(version);
        return store.find(name, number)
                .orElseThrow(() -> MlflowException.notFound(
                        "Model Version (name=" + name + ", version=" + version + ") not found"));
    }

    @Transactional(readOnly = true)
    public Page<ModelVersion> search(
            @Nullable String filter, @Nullable Integer maxResults, List<String> orderBy, @Nullable String pageToken) {
        int limit = PageToken.maxResults(maxResults, 10000, 200000);
        int offset = PageToken.offset(pageToken);
        Map<String, Object> params = new HashMap<>();
        String where = ModelFilter.where(filter, "v", COLUMNS, "model_version_tags", params);
        List<ModelVersion> rows = store.search(
                where, params, ModelFilter.orderBy(orderBy, ORDER, "v.name asc, v.version desc"), limit + 1, offset);
        boolean more = rows.size() > limit;
        return new Page<>(more ? rows.subList(0, limit) : rows, PageToken.next(offset, limit, more));
    }

    @Transactional
    public ModelVersion describe(
            @Nullable String name, @Nullable String version, @Nullable String description, String actor) {
        ModelVersion before = get(name, version);
        store.update(
                before.name(), number(version), "description", description == null ? "" : description, clock.millis());
        ModelVersion after = get(name, version);
        audit.versionChanged(actor, before.name(), before.version(), AuditAction.VERSION_UPDATED, before, after);
        return after;
    }

    /** MLflow's stage transition; with {@code archiveExisting}, other versions in the target stage are archived. */
    @Transactional
    public ModelVersion transition(
            @Nullable String name,
            @Nullable String version,
            @Nullable String stage,
            boolean archiveExisting,
            String actor) {
        ModelVersion before = get(name, version);
        String target = Stages.canonical(MlflowException.require(stage, "stage"));
        long now = clock.millis();
        if (archiveExisting && (target.equals("Staging") || target.equals("Production"))) {
            List<ModelVersion> inStage = store.search(
                    "where v.name = :name and v.current_stage = :stage",
                    Map.of("name", before.name(), "stage", target),
                    "v.version",
                    Integer.MAX_VALUE,
                    0);
            for (ModelVersion other : inStage) {
                if (!other.version().equals(before.version())) {
                    store.update(other.name(), number(other.version()), "current_stage", "Archived", now);
                    audit.versionChanged(
                            actor,
                            other.name(),
                            other.version(),
                            AuditAction.STAGE_TRANSITION,
                            other,
                            get(other.name(), other.version()));
                }
            }
        }
        store.update(before.name(), number(version), "current_stage", target, now);
        ModelVersion after = get(name, version);
        audit.versionChanged(actor, before.name(), before.version(), AuditAction.STAGE_TRANSITION, before, after);
        return after;
    }

    @Transactional
    public void delete(@Nullable String name, @Nullable String version, String actor) {
        ModelVersion before = get(name, version);
        for (String alias : before.aliases()) {
            audit.aliasChanged(
                    actor, before.name(), alias, before.version(), AuditAction.ALIAS_DELETED, before.version(), null);
            events.aliasDeleted(before.name(), before.version(), alias, actor);
        }
        store.delete(before.name(), number(version));
        audit.versionChanged(actor, before.name(), before.version(), AuditAction.VERSION_DELETED, before, null);
    }

    @Transactional
    public void setTag(
            @Nullable String name,
            @Nullable String version,
            @Nullable String key,
            @Nullable String value,
            String actor) {
        ModelVersion before = get(name, version);
        store.setTag(before.name(), number(version), MlflowException.require(key, "key"), value == null ? "" : value);
        audit.versionChanged(
                actor,
                before.name(),
                before.version(),
                AuditAction.VERSION_TAG_SET,
                before.tags(),
                get(name, version).tags());
    }

    @Transactional
    public void deleteTag(@Nullable String name, @Nullable String version, @Nullable String key, String actor) {
        ModelVersion before = get(name, version);
        if (store.deleteTag(before.name(), number(version), MlflowException.require(key, "key")) == 0) {
            throw MlflowException.notFound("No tag with key '" + key + "' on model version " + name + "/" + version);
        }
        audit.versionChanged(
                actor,
                before.name(),
                before.version(),
                AuditAction.VERSION_TAG_DELETED,
                before.tags(),
                get(name, version).tags());
    }

    static int number(@Nullable String version) {
        MlflowException.require(version, "version");
        try {
            int number = Integer.parseInt(version);
            if (number < 1) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw MlflowException.invalid("Model version must be a positive integer, got '" + version + "'");
        }
    }
}
