package io.loadcast.registry.tracking;

import io.loadcast.registry.mlflow.MlflowException;
import io.loadcast.registry.mlflow.Page;
import io.loadcast.registry.mlflow.PageToken;
import io.loadcast.registry.mlflow.SearchFilter;
import io.loadcast.registry.mlflow.Tag;
import io.loadcast.registry.tracking.store.RunQuery;
import io.loadcast.registry.tracking.store.RunStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** MLflow runs: lifecycle, reads and searches. Logging values goes through {@link RunLogging}. */
@Service
public class Runs {

    static final Set<String> STATUSES = Set.of("RUNNING", "SCHEDULED", "FINISHED", "FAILED", "KILLED");

    private final RunStore store;
    private final Experiments experiments;
    private final RunLogging logging;
    private final Clock clock;

    Runs(RunStore store, Experiments experiments, RunLogging logging, Clock clock) {
        this.store = store;
        this.experiments = experiments;
        this.logging = logging;
        this.clock = clock;
    }

    @Transactional
    public Run create(
            @Nullable String experimentId,
            @Nullable String userId,
            @Nullable String runName,
            @Nullable Long startTime,
            List<Tag> tags) {
        Experiment experiment = experiments.active(experimentId == null ? "0" : experimentId);
        String id = UUID.randomUUID().toString().replace("-", "");
        String name = runName != null && !runName.isEmpty()
                ? runName
                : tags.stream()
                        .filter(t -> t.key().equals("mlflow.runName"))
                        .map(Tag::value)
                        .findFirst()
                        .orElse("run-" + id.substring(0, 8));
        store.insert(new RunInfo(
                id,
                id,
                name,
                experiment.experimentId(),
                userId == null ? "" : userId,
                "RUNNING",
                startTime == null ? clock.millis() : startTime,
                null,
                experiment.artifactLocation() + "/" + id + "/artifacts",
                "active"));
        List<Tag> allTags = new ArrayList<>(
                tags.stream().filter(t -> !t.key().equals("mlflow.runName")).toList());
        allTags.add(new Tag("mlflow.runName", name));
        logging.batch(id, List.of(), List.of(), allTags);
        return get(id);
    }

    @Transactional(readOnly = true)
    public Run get(@Nullable String runId) {
        return store.withData(List.of(info(runId))).get(0);
    }

    /** The run's info, or RESOURCE_DOES_NOT_EXIST. */
    public RunInfo info(@Nullable String runId) {
        MlflowException.require(runId, "run_id");
        return store.find(runId).orElseThrow(() -> MlflowException.notFound("Run '" + runId + "' not found"));
    }

    @Transactional
    public RunInfo update(
            @Nullable String runId, @Nullable String status, @Nullable Long endTime, @Nullable String runName) {
        RunInfo info = logging.activeRun(runId);
        if (status != null && !STATUSES.contains(status)) {
            throw MlflowException.invalid("Invalid value '" + status + "' for parameter 'status'");
        }
        String name = runName == null || runName.isEmpty() ? info.runName() : runName;
        store.update(
                info.runId(),
                status == null ? info.status() : status,
                endTime == null ? info.endTime() : endTime,
                name);
        if (!name.equals(info.runName())) {
            logging.batch(info.runId(), List.of(), List.of(), List.of(new Tag("mlflow.runName", name)));
        }
        return info(info.runId());
    }

    @Transactional
    public void delete(@Nullable String runId) {
        store.setLifecycle(info(runId).runId(), "deleted");
    }

    @Transactional
    public void restore(@Nullable String runId) {
        store.setLifecycle(info(runId).runId(), "active");
    }

    @Transactional(readOnly = true)
    public Page<Metric> history(
            @Nullable String runId, @Nullable String key, @Nullable Integer maxResults, @Nullable String pageToken) {
        RunInfo info = info(runId);
        MlflowException.require(key, "metric_key");
        int limit = PageToken.maxResults(maxResults, 25000, 25000);
        int offset = PageToken.offset(pageToken);
        List<Metric> rows = store.history(info.runId(), key, limit + 1, offset);
        boolean more = rows.size() > limit;
        return new Page<>(more ? rows.subList(0, limit) : rows, PageToken.next(offset, limit, more));
    }

    @Transactional(readOnly = true)
    public Page<Run> search(
            List<String> experimentIds,
            @Nullable String filter,
            @Nullable String viewType,
            @Nullable Integer maxResults,
            List<String> orderBy,
            @Nullable String pageToken) {
        int limit = PageToken.maxResults(maxResults, 1000, 50000);
        int offset = PageToken.offset(pageToken);
        List<Long> ids = experimentIds.stream().map(Experiments::id).toList();
        if (ids.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        RunQuery query = RunQuery.of(
                ids,
                SearchFilter.parse(filter),
                viewType == null ? "ACTIVE_ONLY" : viewType,
                orderBy,
                limit + 1,
                offset);
        List<RunInfo> infos = store.search(query);
        boolean more = infos.size() > limit;
        List<Run> runs = store.withData(more ? infos.subList(0, limit) : infos);
        return new Page<>(runs, PageToken.next(offset, limit, more));
    }
}
