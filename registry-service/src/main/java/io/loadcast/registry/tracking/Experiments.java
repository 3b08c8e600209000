package io.loadcast.registry.tracking;

import io.loadcast.registry.mlflow.MlflowException;
import io.loadcast.registry.mlflow.Page;
import io.loadcast.registry.mlflow.PageToken;
import io.loadcast.registry.mlflow.SearchFilter;
import io.loadcast.registry.mlflow.Tag;
import io.loadcast.registry.tracking.store.ExperimentStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** MLflow experiments: create, read, search, rename, delete, restore and tag. */
@Service
public class Experiments {

    private final ExperimentStore store;
    private final Clock clock;

    Experiments(ExperimentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public String create(@Nullable String name, @Nullable String artifactLocation, List<Tag> tags) {
        MlflowException.require(name, "name");
        if (store.nameTaken(name)) {
            throw MlflowException.exists("Experiment(name=" + name + ") already exists.");
        }
        long id = store.insert(name, artifactLocation == null ? "pending" : artifactLocation, clock.millis());
        if (artifactLocation == null || artifactLocation.isEmpty()) {
            store.setArtifactLocation(id, "mlflow-artifacts:/" + id);
        }
        tags.forEach(t -> store.setTag(id, t.key(), t.value()));
        return String.valueOf(id);
    }

    @Transactional(readOnly = true)
    public Experiment get(@Nullable String experimentId) {
        return store.find(id(experimentId))
                .orElseThrow(() -> MlflowException.notFound("No Experiment with id=" + experimentId + " exists"));
    }

    @Transactional(readOnly = true)
    public Experiment getByName(@Nullable String name) {
        return store.findByName(MlflowException.require(name, "experiment_name"))
                .orElseThrow(() -> MlflowException.notFound("Could not find experiment with name '" + name + "'"));
    }

    /** An active experiment, as runs may only be created in one. */
    public Experiment active(@Nullable String experimentId) {
        Experiment experiment = get(experimentId);
        if (!"active".equals(experiment.lifecycleStage())) {
            throw MlflowException.invalid("The experiment " + experimentId
                    + " must be in the 'active' state. Current state is " + experiment.lifecycleStage() + ".");
        }
        return experiment;
    }

    @Transactional(readOnly = true)
    public Page<Experiment> search(
            @Nullable String filter,
            String viewType,
            @Nullable Integer maxResults,
            List<String> orderBy,
            @Nullable String pageToken) {
        int limit = PageToken.maxResults(maxResults, 1000, 50000);
        int offset = PageToken.offset(pageToken);
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        switch (viewType) {
            case "ACTIVE_ONLY" -> where.add("e.lifecycle_stage = 'active'");
            case "DELETED_ONLY" -> where.add("e.lifecycle_stage = 'deleted'");
            case "ALL" -> {}
            default -> throw MlflowException.invalid("Invalid view_type '" + viewType + "'");
        }
        List<SearchFilter.Clause> clauses = SearchFilter.parse(filter);
        for (int i = 0; i < clauses.size(); i++) {
            where.add(ExperimentFilter.condition(clauses.get(i), "p" + i, params));
        }
        String order = ExperimentFilter.orderBy(orderBy);
        List<Experiment> rows = store.search(
                where.isEmpty() ? "" : "where " + String.join(" and ", where), params, order, limit + 1, offset);
        boolean more = rows.size() > limit;
        return new Page<>(more ? rows.subList(0, limit) : rows, PageToken.next(offset, limit, more));
    }

    @Transactional
    public void rename(@Nullable String experimentId, @Nullable String newName) {
        MlflowException.require(newName, "new_name");
        get(experimentId);
        if (store.nameTaken(newName)) {
            throw MlflowException.exists("Experiment(name=" + newName + ") already exists.");
        }
        store.update(id(experimentId), "name", newName, clock.millis());
    }

    @Transactional
    public void delete(@Nullable String experimentId) {
        if ("0".equals(experimentId)) {
            throw MlflowException.invalid("Cannot delete the default experiment '0'.");
        }
        get(experimentId);
        store.update(id(experimentId), "lifecycle_stage", "deleted", clock.millis());
    }

    @Transactional
    public void restore(@Nullable String experimentId) {
        get(experimentId);
        store.update(id(experimentId), "lifecycle_stage", "active", clock.millis());
    }

    @Transactional
    public void setTag(@Nullable String experimentId, @Nullable String key, String value) {
        MlflowException.require(key, "key");
        active(experimentId);
        store.setTag(id(experimentId), key, value);
    }

    @Transactional
    public void deleteTag(@Nullable String experimentId, @Nullable String key) {
        MlflowException.require(key, "key");
        active(experimentId);
        if (store.deleteTag(id(experimentId), key) == 0) {
            throw MlflowException.notFound("No tag with name: " + key + " in experiment with id " + experimentId);
        }
    }

    static long id(@Nullable String experimentId) {
        MlflowException.require(experimentId, "experiment_id");
        try {
            return Long.parseLong(experimentId);
        } catch (NumberFormatException e) {
            throw MlflowException.invalid("Invalid experiment ID: '" + experimentId + "'");
        }
    }

    /**
     * The experiment whose artifact root holds the artifact at store key {@code path} ({@code 3/<run>/artifacts/x}),
     * so that writes to it are checked against that experiment's permissions.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<String> owningArtifact(String path) {
        java.util.List<String> locations = new java.util.ArrayList<>();
        String prefix = "";
        for (String part : path.split("/")) {
            prefix = prefix.isEmpty() ? part : prefix + "/" + part;
            locations.add("mlflow-artifacts:/" + prefix);
            locations.add("mlflow-artifacts:///" + prefix);
        }
        return locations.isEmpty() ? java.util.Optional.empty() : store.withLocation(locations);
    }
}
