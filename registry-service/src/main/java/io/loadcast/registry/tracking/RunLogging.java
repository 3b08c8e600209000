package io.loadcast.registry.tracking;

import io.loadcast.registry.mlflow.MlflowException;
import io.loadcast.registry.mlflow.Tag;
import io.loadcast.registry.tracking.store.RunStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging metrics, params and tags to a run, with MLflow's limits (log-batch: 1000 metrics, 100 params, 100 tags)
 * and its rule that a param, once logged, keeps its value.
 */
@Service
public class RunLogging {

    static final int MAX_METRICS = 1000;
    static final int MAX_PARAMS = 100;
    static final int MAX_TAGS = 100;
    static final int MAX_PARAM_VALUE = 6000;

    private final RunStore store;

    RunLogging(RunStore store) {
        this.store = store;
    }

    @Transactional
    public void batch(@Nullable String runId, List<Metric> metrics, List<Tag> params, List<Tag> tags) {
        RunInfo run = activeRun(runId);
        if (metrics.size() > MAX_METRICS || params.size() > MAX_PARAMS || tags.size() > MAX_TAGS) {
            throw MlflowException.invalid("A batch logging request can contain at most " + MAX_METRICS
                    + " metrics, " + MAX_PARAMS + " params and " + MAX_TAGS + " tags; got " + metrics.size() + ", "
                    + params.size() + " and " + tags.size());
        }
        noNulls(metrics, "metrics");
        noNulls(params, "params");
        noNulls(tags, "tags");
        metrics.forEach(m -> MlflowException.require(m.key(), "metrics.key"));
        tags.forEach(t -> MlflowException.require(t.key(), "tags.key"));
        if (!params.isEmpty()) {
            logParams(run.runId(), params);
        }
        if (!tags.isEmpty()) {
            store.upsertTags(run.runId(), tags);
        }
        if (!metrics.isEmpty()) {
            store.insertMetrics(run.runId(), metrics);
        }
    }

    private static void noNulls(List<?> items, String field) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw MlflowException.invalid("Invalid value null for parameter '" + field + "[" + i + "]'");
            }
        }
    }

    @Transactional
    public void deleteTag(@Nullable String runId, @Nullable String key) {
        RunInfo run = activeRun(runId);
        MlflowException.require(key, "key");
        if (store.deleteTag(run.runId(), key) == 0) {
            throw MlflowException.notFound("No tag with name: " + key + " in run with id " + run.runId());
        }
    }

    RunInfo activeRun(@Nullable String runId) {
        MlflowException.require(runId, "run_id");
        RunInfo run = store.find(runId).orElseThrow(() -> MlflowException.notFound("Run '" + runId + "' not found"));
        if (!run.active()) {
            throw MlflowException.invalid("The run " + runId + " must be in the 'active' state. Current state is "
                    + run.lifecycleStage() + ".");
        }
        return run;
    }

    private void logParams(String runId, List<Tag> params) {
        Map<String, String> requested = new LinkedHashMap<>();
        for (Tag p : params) {
            MlflowException.require(p.key(), "params.key");
            if (p.value() != null && p.value().length() > MAX_PARAM_VALUE) {
                throw MlflowException.invalid(
                        "Param value for key '" + p.key() + "' exceeds " + MAX_PARAM_VALUE + " characters");
            }
            String previous = requested.putIfAbsent(p.key(), p.value() == null ? "" : p.value());
            if (previous != null && !previous.equals(p.value())) {
                throw MlflowException.invalid("Duplicate param key '" + p.key() + "' with different values");
            }
        }
        store.params(runId, requested.keySet()).forEach((key, old) -> {
            if (!old.equals(requested.get(key))) {
                throw MlflowException.invalid("Changing param values is not allowed. Param with key='" + key
                        + "' was already logged with value='" + old + "' for run ID='" + runId
                        + "'. Attempted logging new value '" + requested.get(key) + "'.");
            }
        });
        store.insertParams(
                runId,
                requested.entrySet().stream()
                        .map(e -> new Tag(e.getKey(), e.getValue()))
                        .toList());
    }
}
