package io.loadcast.registry.models;

import io.loadcast.registry.audit.AuditAction;
import io.loadcast.registry.audit.AuditLog;
import io.loadcast.registry.mlflow.MlflowException;
import io.loadcast.registry.mlflow.Page;
import io.loadcast.registry.mlflow.PageToken;
import io.loadcast.registry.mlflow.Tag;
import io.loadcast.registry.models.store.ModelStore;
import io.loadcast.registry.models.store.VersionStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** MLflow registered models: create, read, search, rename, describe, delete and tag; every change is audited. */
@Service
public class Models {

    private static final Map<String, String> COLUMNS = Map.of(
            "name", "m.name",
            "timestamp", "m.last_updated_timestamp",
            "last_updated_timestamp", "m.last_updated_timestamp",
            "creation_timestamp", "m.creation_timestamp");

    private final ModelStore store;
    private final VersionStore versions;
    private final AuditLog audit;
    private final Clock clock;

    Models(ModelStore store, VersionStore versions, AuditLog audit, Clock clock) {
        this.store = store;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public RegisteredModel create(@Nullable String name, @Nullable String description, List<Tag> tags, String actor) {
        MlflowException.require(name, "name");
        if (store.exists(name)) {
            throw MlflowException.exists("Registered Model (name=" + name + ") already exists.");
        }
        store.insert(name, description == null ? "" : description, actor, clock.millis());
        tags.forEach(t -> store.setTag(name, MlflowException.require(t.key(), "tags.key"), t.value()));
        RegisteredModel created = get(name);
        audit.modelChanged(actor, name, AuditAction.MODEL_CREATED, null, created);
        return created;
    }

    @Transactional(readOnly = true)
    public RegisteredModel get(@Nullable String name) {
        MlflowException.require(name, "name");
        return assemble(store.find(name)
                .orElseThrow(() -> MlflowException.notFound("Registered Model with name=" + name + " not found")));
    }

    @Transactional(readOnly = true)
    public Page<RegisteredModel> search(
            @Nullable String filter, @Nullable Integer maxResults, List<String> orderBy, @Nullable String pageToken) {
        int limit = PageToken.maxResults(maxResults, 100, 1000);
        int offset = PageToken.offset(pageToken);
        Map<String, Object> params = new HashMap<>();
        String where = ModelFilter.where(filter, "m", Map.of("name", "m.name"), "registered_model_tags", params);
        List<ModelStore.Row> rows =
                store.search(where, params, ModelFilter.orderBy(orderBy, COLUMNS, "m.name asc"), limit + 1, offset);
        boolean more = rows.size() > limit;
        List<RegisteredModel> models = (more ? rows.subList(0, limit) : rows)
                .stream().map(this::assemble).toList();
        return new Page<>(models, PageToken.next(offset, limit, more));
    }

    @Transactional
    public RegisteredModel rename(@Nullable String name, @Nullable String newName, String actor) {
        RegisteredModel before = get(name);
        MlflowException.require(newName, "new_name");
        if (store.exists(newName)) {
            throw MlflowException.exists("Registered Model (name=" + newName + ") already exists.");
        }
        store.rename(before.name(), newName, clock.millis());
        RegisteredModel after = get(newName);
        audit.modelChanged(actor, newName, AuditAction.MODEL_RENAMED, before, after);
        return after;
    }

    @Transactional
    public RegisteredModel describe(@Nullable String name, @Nullable String description, String actor) {
        RegisteredModel before = get(name);
        store.describe(before.name(), description == null ? "" : description, clock.millis());
        RegisteredModel after = get(name);
        audit.modelChanged(actor, before.name(), AuditAction.MODEL_UPDATED, before, after);
        return after;
    }

    @Transactional
    public void delete(@Nullable String name, String actor) {
        RegisteredModel before = get(name);
        store.delete(before.name());
        audit.modelChanged(actor, before.name(), AuditAction.MODEL_DELETED, before, null);
    }

    @Transactional
    public void setTag(@Nullable String name, @Nullable String key, @Nullable String value, String actor) {
        RegisteredModel before = get(name);
        store.setTag(before.name(), MlflowException.require(key, "key"), value == null ? "" : value);
        audit.modelChanged(actor, before.name(), AuditAction.MODEL_TAG_SET, before.tags(), store.tags(before.name()));
    }

    @Transactional
    public void deleteTag(@Nullable String name, @Nullable String key, String actor) {
        RegisteredModel before = get(name);
        if (store.deleteTag(before.name(), MlflowException.require(key, "key")) == 0) {
            throw MlflowException.notFound("No tag with key '" + key + "' on registered model " + name);
        }
        audit.modelChanged(
                actor, before.name(), AuditAction.MODEL_TAG_DELETED, before.tags(), store.tags(before.name()));
    }

    /** The latest version of each stage ({@code stages} empty: every stage), newest stage order as MLflow. */
    @Transactional(readOnly = true)
    public List<ModelVersion> latestVersions(@Nullable String name, List<String> stages) {
        RegisteredModel model = get(name);
        List<String> wanted = stages.stream().map(Stages::canonical).toList();
        return model.latestVersions().stream()
                .filter(v -> wanted.isEmpty() || wanted.contains(v.currentStage()))
                .toList();
    }

    private RegisteredModel assemble(ModelStore.Row row) {
        List<ModelVersion> latest = versions.search(
                "where v.name = :name and v.version = (select max(w.version) from model_versions w"
                        + " where w.name = v.name and w.current_stage = v.current_stage)",
                Map.of("name", row.name()),
                "v.version",
                10,
                0);
        return new RegisteredModel(
                row.name(),
                row.created(),
                row.updated(),
                row.userId(),
                row.description(),
                latest,
                store.tags(row.name()),
                store.aliases(row.name()));
    }
}
