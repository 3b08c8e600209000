package io.loadcast.forecast.registry;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

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

    /** The names of all registered models (MLflow {@code registered-models/search}); empty when it cannot tell. */
    java.util.List<String> registeredModels();

    /** A metric of a run (its latest value), if logged. */
    OptionalDouble runMetric(String runId, String key);

    /** The parameters a run logged (MLflow {@code runs/get}), empty when it logged none. */
    Map<String, String> runParams(String runId);

    /**
     * Asks the registry's promotion policy to evaluate {@code version} against the champion (loadcast's
     * {@code POST /api/v1/models/{name}/versions/{v}/promotion}); returns its decision status (PROMOTED,
     * PENDING_APPROVAL, REJECTED), or empty when the model has no promotion policy.
     */
    Optional<String> requestPromotion(String modelName, String version);

    /** Sets the promotion policy of a model ({@code PUT /api/v1/models/{name}/policy}, needs MANAGE). */
    void setPolicy(String modelName, String metricKey, double minImprovementPercent, boolean requireApproval);

    /** Reports the live error of a served version to the registry's canary watch. */
    void reportLiveError(String modelName, String version, double error);
}
