package io.loadcast.registry.lineage;

import org.jspecify.annotations.Nullable;

/**
 * Where a model version comes from: version -> run -> dataset snapshot (id and content hash) -> code version.
 * Fields are null when the run did not record them (tags {@code loadcast.dataset_id}, {@code loadcast.dataset_hash},
 * {@code mlflow.source.git.commit}).
 */
public record VersionLineage(
        String modelName,
        String version,
        String source,
        @Nullable String runId,
        @Nullable String experimentId,
        @Nullable String runName,
        @Nullable String datasetSnapshotId,
        @Nullable String datasetHash,
        @Nullable String codeVersion) {}
