package io.loadcast.registry.lineage;

import io.loadcast.registry.models.ModelVersion;
import io.loadcast.registry.models.Versions;
import io.loadcast.registry.tracking.Run;
import io.loadcast.registry.tracking.Runs;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Follows a model version to its run and the run's dataset and code tags. */
@Service
public class Lineage {

    static final String DATASET_ID_TAG = "loadcast.dataset_id";
    static final String DATASET_HASH_TAG = "loadcast.dataset_hash";
    static final String CODE_VERSION_TAG = "mlflow.source.git.commit";

    private final Versions versions;
    private final Runs runs;

    Lineage(Versions versions, Runs runs) {
        this.versions = versions;
        this.runs = runs;
    }

    @Transactional(readOnly = true)
    public VersionLineage of(String model, String version) {
        ModelVersion v = versions.get(model, version);
        if (v.runId() == null) {
            return new VersionLineage(v.name(), v.version(), v.source(), null, null, null, null, null, null);
        }
        Run run = runs.get(v.runId());
        return new VersionLineage(
                v.name(),
                v.version(),
                v.source(),
                run.info().runId(),
                run.info().experimentId(),
                run.info().runName(),
                blankToNull(run.tag(DATASET_ID_TAG)),
                blankToNull(run.tag(DATASET_HASH_TAG)),
                blankToNull(run.tag(CODE_VERSION_TAG)));
    }

    private static @Nullable String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
