package io.loadcast.forecast.registry.client;

import io.loadcast.forecast.registry.ModelRegistry;
import io.loadcast.forecast.registry.RegistryUnavailableException;
import io.loadcast.forecast.registry.VersionRef;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * MLflow REST API 2.0 over Spring's RestClient ({@link RegistryCalls}): mlflow-client 2.17.2 has no registry writes
 * and uploads artifacts through a Python subprocess, so runs, params, metrics, versions and aliases go through
 * {@code /api/2.0/mlflow/...} and artifacts through {@code PUT /api/2.0/mlflow-artifacts/artifacts/<path>}. Model
 * sources are resolved by {@link ArtifactSources}.
 */
@Component
class MlflowRestRegistry implements ModelRegistry {

    private static final String API = "/api/2.0/mlflow/";
    private static final String ARTIFACTS = ArtifactSources.ARTIFACTS;
    private static final String MODELS = "/api/v1/models/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RegistryCalls calls;
    private final ArtifactSources sources;
    private final ArtifactSources.Lookups lookups = new ArtifactSources.Lookups() {
        @Override
        public String runArtifactRoot(String runId) {
            return send("GET", "runs/get?run_id=" + enc(runId), null, false)
                    .at("/run/info/artifact_uri")
                    .asString();
        }

        @Override
        public String versionSource(String model, @Nullable String version, @Nullable String alias) {
            Optional<VersionRef> ref =
                    version != null ? version(model, version) : alias(model, java.util.Objects.requireNonNull(alias));
            return ref.map(VersionRef::source)
                    .orElseThrow(() -> new RegistryUnavailableException("registry knows no " + model, null));
        }
    };

    MlflowRestRegistry(RegistryCalls calls, ArtifactSources sources) {
        this.calls = calls;
        this.sources = sources;
    }

    @Override
    public String startRun(String experiment, String runName) {
        JsonNode found = send("GET", "experiments/get-by-name?experiment_name=" + enc(experiment), null, true);
        String experimentId = found.at("/experiment/experiment_id").asString("");
        if (experimentId.isEmpty()) {
            experimentId = send("POST", "experiments/create", Map.of("name", experiment), false)
                    .path("experiment_id")
                    .asString();
        }
        return send(
                        "POST",
                        "runs/create",
                        Map.of("experiment_id", experimentId, "run_name", runName, "start_time", now()),
                        false)
                .at("/run/info/run_id")
                .asString();
    }

    @Override
    public void logParams(String runId, Map<String, String> params) {
        List<Map<String, String>> list = params.entrySet().stream()
                .map(e -> Map.of("key", e.getKey(), "value", e.getValue()))
                .toList();
        send("POST", "runs/log-batch", Map.of("run_id", runId, "params", list), false);
    }

    @Override
    public void logMetric(String runId, String key, double value, int step) {
        send(
                "POST",
                "runs/log-metric",
                Map.of("run_id", runId, "key", key, "value", value, "timestamp", now(), "step", step),
                false);
    }

    @Override
    public void logMetrics(String runId, Map<String, Double> metrics, int step) {
        long now = now();
        List<Map<String, Object>> list = metrics.entrySet().stream()
                .filter(e -> Double.isFinite(e.getValue()))
                .map(e -> Map.<String, Object>of(
                        "key", e.getKey(), "value", e.getValue(), "timestamp", now, "step", step))
                .toList();
        for (int i = 0; i < list.size(); i += 1000) {
            send(
                    "POST",
                    "runs/log-batch",
                    Map.of("run_id", runId, "metrics", list.subList(i, Math.min(list.size(), i + 1000))),
                    false);
        }
    }

    @Override
    public void setTag(String runId, String key, String value) {
        send("POST", "runs/set-tag", Map.of("run_id", runId, "key", key, "value", value), false);
    }

    @Override
    public String uploadArtifact(String runId, String path, byte[] content) {
        String root = send("GET", "runs/get?run_id=" + enc(runId), null, false)
                .at("/run/info/artifact_uri")
                .asString();
        String relative = root.replaceFirst("^mlflow-artifacts:/*", "") + "/" + path;
        calls.put(ARTIFACTS + relative, content);
        return "mlflow-artifacts:/" + relative;
    }

    @Override
    public void endRun(String runId, String status) {
        send("POST", "runs/update", Map.of("run_id", runId, "status", status, "end_time", now()), false);
    }

    @Override
    public String registerVersion(String modelName, String source, String runId) {
        send("POST", "registered-models/create", Map.of("name", modelName), true);
        return send(
                        "POST",
                        "model-versions/create",
                        Map.of("name", modelName, "source", source, "run_id", runId),
                        false)
                .at("/model_version/version")
                .asString();
    }

    @Override
    public Optional<VersionRef> alias(String modelName, String alias) {
        return ref(send("GET", "registered-models/alias?name=" + enc(modelName) + "&alias=" + enc(alias), null, true));
    }

    @Override
    public Optional<VersionRef> version(String modelName, String version) {
        return ref(send("GET", "model-versions/get?name=" + enc(modelName) + "&version=" + enc(version), null, true));
    }

    @Override
    public byte[] download(String source) {
        return calls.download(sources.resolve(source, lookups));
    }

    @Override
    public String downloadUrl(String source) {
        return sources.resolve(source, lookups).toString();
    }

    @Override
    public List<String> registeredModels() {
        List<String> names = new java.util.ArrayList<>();
        for (JsonNode m : send("GET", "registered-models/search?max_results=1000", null, true)
                .path("registered_models")) {
            names.add(m.path("name").asString());
        }
        return names;
    }

    @Override
    public OptionalDouble runMetric(String runId, String key) {
        JsonNode metrics =
                send("GET", "runs/get?run_id=" + enc(runId), null, true).at("/run/data/metrics");
        for (JsonNode m : metrics) {
            if (m.path("key").asString("").equals(key) && m.path("value").isNumber()) {
                return OptionalDouble.of(m.path("value").asDouble());
            }
        }
        return OptionalDouble.empty();
    }

    @Override
    public Map<String, String> runParams(String runId) {
        Map<String, String> params = new LinkedHashMap<>();
        send("GET", "runs/get?run_id=" + enc(runId), null, true)
                .at("/run/data/params")
                .forEach(p ->
                        params.put(p.path("key").asString(""), p.path("value").asString("")));
        return params;
    }

    @Override
    public Optional<String> requestPromotion(String modelName, String version) {
        byte[] answer = calls.call(
                HttpMethod.POST, MODELS + enc(modelName) + "/versions/" + enc(version) + "/promotion", null, true);
        // a 4xx (no policy, unknown version) leaves the answer empty
        return answer.length == 0
                ? Optional.empty()
                : Optional.of(JSON.readTree(answer).path("status").asString("")).filter(s -> !s.isEmpty());
    }

    @Override
    public void setPolicy(String modelName, String metricKey, double minImprovementPercent, boolean requireApproval) {
        calls.call(
                HttpMethod.PUT,
                MODELS + enc(modelName) + "/policy",
                JSON.writeValueAsBytes(Map.of(
                        "metricKey",
                        metricKey,
                        "minImprovementPercent",
                        minImprovementPercent,
                        "requireApproval",
                        requireApproval)),
                false);
    }

    @Override
    public void reportLiveError(String modelName, String version, double error) {
        calls.call(
                HttpMethod.POST,
                MODELS + enc(modelName) + "/canary/live-errors",
                JSON.writeValueAsBytes(Map.of("version", version, "error", error)),
                true);
    }

    private static Optional<VersionRef> ref(JsonNode body) {
        JsonNode v = body.path("model_version");
        if (v.isMissingNode() || v.path("version").asString("").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new VersionRef(
                v.path("name").asString(),
                v.path("version").asString(),
                v.path("source").asString(""),
                v.path("run_id").asString("")));
    }

    private JsonNode send(String method, String path, @Nullable Map<String, ?> body, boolean tolerateClientError) {
        byte[] answer = calls.call(
                HttpMethod.valueOf(method),
                API + path,
                body == null ? null : JSON.writeValueAsBytes(body),
                tolerateClientError);
        return answer.length == 0 ? JSON.createObjectNode() : JSON.readTree(answer);
    }

    private static long now() {
        return System.currentTimeMillis();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
