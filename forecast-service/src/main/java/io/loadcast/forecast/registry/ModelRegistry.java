package io.loadcast.forecast.registry;

import java.util.Map;
import java.util.Optional;

/** What forecast-service needs from registry-service (MLflow REST API 2.0 semantics). */
public interface ModelRegistry {

    /** Creates a run in the named experiment (created when missing); returns the run id. */
    String startRun(String experiment, String runName);

    void logParams(String runId, Map<String, String> params);

    void logMetric(String runId, String key, double value, int step);

    /** Logs many metrics at one step in one call (MLflow {@code runs/log-batch}). */
    void logMetrics(String runId, Map<String, Double> metrics, int step);

    void setTag(String runId, String key, String value);

    /** Uploads an artifact of the run; returns its source URI for a model version. */
    String uploadArtifact(String runId, String path, byte[] content);

    /** Ends the run: {@code FINISHED} or {@code FAILED}. */
    void endRun(String runId, String status);

    /** Registers a model version (creating the registered model if needed); returns the version. */
    String registerVersion(String modelName, String source, String runId);

    /** The version an alias points to, if any. */
    Optional<VersionRef> alias(String modelName, String alias);

    /** A version by number. */
    Optional<VersionRef> version(String modelName, String version);

    /** Downloads an artifact by its source URI. */
    byte[] download(String source);

    /** The HTTP URL an edge device can download an artifact from. */
    String downloadUrl(String source);
}
