package io.loadcast.forecast.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The part of registry-service's MLflow REST 2.0 contract that forecast-service calls, on a JDK HttpServer:
 * experiments, runs (params, metrics, tags, status), artifacts, model versions and aliases; and loadcast's
 * extensions: promotion policies ({@code PUT /api/v1/models/{name}/policy}), promotion requests (as the registry:
 * 404 without a policy, PROMOTED when there is no champion yet (for models a test names in
 * {@link #judgeFirstVersions} only when the run beats seasonal-naive by the policy's margin, registry-service's rule);
 * a challenger of an existing champion is REJECTED
 * here, tests move aliases themselves) and canary live errors.
 */
public final class RegistryStub implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a run received. */
    public record Run(
            String id,
            Map<String, String> params,
            Map<String, Double> metrics,
            List<Double> losses,
            Map<String, String> tags,
            String[] status) {}

    private final Map<String, String> experiments = new ConcurrentHashMap<>();
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final Map<String, byte[]> artifacts = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> versions = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counters = new ConcurrentHashMap<>();
    private final Map<String, String> aliases = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, JsonNode> policies = new ConcurrentHashMap<>();
    private final java.util.Set<String> judged = ConcurrentHashMap.newKeySet();
    private final List<String> liveErrors = new CopyOnWriteArrayList<>();
    private final List<String> artifactGets = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private volatile @org.jspecify.annotations.Nullable String outageTrigger;
    private volatile Duration outageLength = Duration.ZERO;
    private volatile String outageMarker = "";
    private volatile long downUntilNanos = System.nanoTime();
    private final AtomicInteger refused = new AtomicInteger();
    private final java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newFixedThreadPool(4);

    public RegistryStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/2.0/mlflow/", ex -> unlessDown(ex, this::api));
        server.createContext("/api/2.0/mlflow-artifacts/artifacts/", ex -> unlessDown(ex, this::artifact));
        server.createContext("/api/v1/models/", ex -> unlessDown(ex, this::loadcastApi));
        server.setExecutor(executor);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public Run run(String id) {
        return runs.get(id);
    }

    /**
     * From now on, a first version of {@code model} is promoted only by registry-service's rule (it must beat
     * seasonal-naive on its own backtest origins by the policy's margin); other models' first versions are promoted
     * as soon as asked, because the older tests train three weeks of data on which a linear model does not beat
     * seasonal-naive and would need an operator to move the alias.
     */
    public void judgeFirstVersions(String model) {
        judged.add(model);
    }

    /** The promotion policy forecast-service set for {@code model}, if any. */
    public JsonNode policy(String model) {
        return policies.get(model);
    }

    /** Live errors reported so far, as {@code model version error}. */
    public List<String> liveErrors() {
        return liveErrors;
    }

    /** The version {@code alias} points to, or null. */
    public String alias(String model, String alias) {
        return aliases.get(model + "/" + alias);
    }

    public void setAlias(String model, String alias, String version) {
        aliases.put(model + "/" + alias, version);
    }

    /** The stored artifact of a version, as an edge device downloads it. */
    public byte[] artifactOf(String model, String version) {
        String source = versions.get(model + "/" + version).path("source").asString();
        return artifacts.get(source.replaceFirst("^mlflow-artifacts:/*", ""));
    }

    /** Registers a version whose artifact is {@code content}, as another trainer would; returns the version. */
    public String registerRaw(String model, byte[] content) {
        String path = "0/raw-" + ids.incrementAndGet() + "/artifacts/model/model.zip";
        artifacts.put(path, content);
        return createVersion(model, "mlflow-artifacts:/" + path, "raw");
    }

    /** Registers a version whose source is {@code source} as given (any URI), as an EDIT key holder could. */
    public String registerSource(String model, String source) {
        return createVersion(model, source, "raw");
    }

    /** The artifact paths downloaded so far (GET), in order. */
    public List<String> artifactGets() {
        return artifactGets;
    }

    /**
     * The registry goes down for {@code length} when it receives the MLflow call {@code op} with {@code marker} in its
     * body (e.g. {@code runs/log-batch} with {@code baseline_mape}: the backtest metrics of a trained run), that call
     * included: every request meanwhile has its connection closed without an answer, as when the process is gone.
     */
    public void goDownOn(String op, String marker, Duration length) {
        outageLength = length;
        outageMarker = marker;
        outageTrigger = op;
    }

    /** Requests whose connection was dropped during outages. */
    public int refused() {
        return refused.get();
    }

    private void unlessDown(HttpExchange ex, com.sun.net.httpserver.HttpHandler handler) throws IOException {
        String trigger = outageTrigger;
        if (trigger != null && ex.getRequestURI().getPath().endsWith("/mlflow/" + trigger)) {
            byte[] body = ex.getRequestBody().readAllBytes();
            ex.setStreams(new java.io.ByteArrayInputStream(body), null);
            if (new String(body, StandardCharsets.UTF_8).contains(outageMarker)) {
                outageTrigger = null;
                downUntilNanos = System.nanoTime() + outageLength.toNanos();
            }
        }
        if (System.nanoTime() - downUntilNanos < 0) {
            refused.incrementAndGet();
            ex.close();
            return;
        }
        handler.handle(ex);
    }

    private void api(HttpExchange ex) throws IOException {
        String op = ex.getRequestURI().getPath().substring("/api/2.0/mlflow/".length());
        Map<String, String> q = query(ex);
        JsonNode body = ex.getRequestMethod().equals("GET")
                ? JSON.createObjectNode()
                : JSON.readTree(ex.getRequestBody().readAllBytes());
        ObjectNode out = JSON.createObjectNode();
        switch (op) {
            case "experiments/get-by-name" -> {
                String id = experiments.get(q.get("experiment_name"));
                if (id == null) {
                    respond(ex, 404, out.put("error_code", "RESOURCE_DOES_NOT_EXIST"));
                    return;
                }
                out.putObject("experiment").put("experiment_id", id);
            }
            case "experiments/create" ->
                out.put(
                        "experiment_id",
                        experiments.computeIfAbsent(body.path("name").asString(), k -> "" + ids.incrementAndGet()));
            case "runs/create" -> {
                String id = "run" + ids.incrementAndGet();
                runs.put(
                        id,
                        new Run(
                                id,
                                new ConcurrentHashMap<>(),
                                new ConcurrentHashMap<>(),
                                new CopyOnWriteArrayList<>(),
                                new ConcurrentHashMap<>(),
                                new String[] {"RUNNING"}));
                out.putObject("run")
                        .putObject("info")
                        .put("run_id", id)
                        .put(
                                "artifact_uri",
                                "mlflow-artifacts:/"
                                        + body.path("experiment_id").asString() + "/" + id + "/artifacts");
            }
            case "runs/get" -> {
                ObjectNode run = out.putObject("run");
                run.putObject("info")
                        .put("run_id", q.get("run_id"))
                        .put("artifact_uri", "mlflow-artifacts:/1/" + q.get("run_id") + "/artifacts");
                ObjectNode data = run.putObject("data");
                var metrics = data.putArray("metrics");
                var params = data.putArray("params");
                Run known = runs.get(q.get("run_id"));
                if (known != null) {
                    known.metrics()
                            .forEach((k, v) -> metrics.addObject().put("key", k).put("value", v));
                    known.params()
                            .forEach((k, v) -> params.addObject().put("key", k).put("value", v));
                }
            }
            case "runs/log-batch" -> {
                Run run = runs.get(body.path("run_id").asString());
                body.path("params")
                        .forEach(p -> run.params()
                                .put(p.path("key").asString(), p.path("value").asString()));
                body.path("metrics")
                        .forEach(m -> run.metrics()
                                .put(m.path("key").asString(), m.path("value").asDouble()));
            }
            case "runs/log-metric" -> {
                Run run = runs.get(body.path("run_id").asString());
                run.metrics()
                        .put(body.path("key").asString(), body.path("value").asDouble());
                run.losses().add(body.path("value").asDouble());
            }
            case "runs/set-tag" ->
                runs.get(body.path("run_id").asString())
                        .tags()
                        .put(body.path("key").asString(), body.path("value").asString());
            case "runs/update" ->
                runs.get(body.path("run_id").asString()).status()[0] =
                        body.path("status").asString();
            case "registered-models/search" -> {
                var models = out.putArray("registered_models");
                counters.keySet().forEach(name -> models.addObject().put("name", name));
            }
            case "registered-models/create" ->
                out.putObject("registered_model").put("name", body.path("name").asString());
            case "model-versions/create" ->
                out.set(
                        "model_version",
                        versions.get(body.path("name").asString() + "/"
                                + createVersion(
                                        body.path("name").asString(),
                                        body.path("source").asString(),
                                        body.path("run_id").asString())));
            case "model-versions/get" -> {
                ObjectNode v = versions.get(q.get("name") + "/" + q.get("version"));
                if (v == null) {
                    respond(ex, 404, out.put("error_code", "RESOURCE_DOES_NOT_EXIST"));
                    return;
                }
                out.set("model_version", v);
            }
            case "registered-models/alias" -> {
                String version = aliases.get(q.get("name") + "/" + q.get("alias"));
                if (version == null) {
                    respond(ex, 404, out.put("error_code", "RESOURCE_DOES_NOT_EXIST"));
                    return;
                }
                out.set("model_version", versions.get(q.get("name") + "/" + version));
            }
            default -> {
                respond(ex, 404, out.put("error_code", "ENDPOINT_NOT_FOUND"));
                return;
            }
        }
        respond(ex, 200, out);
    }

    private void loadcastApi(HttpExchange ex) throws IOException {
        String[] path = ex.getRequestURI()
                .getPath()
                .substring("/api/v1/models/".length())
                .split("/");
        String model = URLDecoder.decode(path[0], StandardCharsets.UTF_8);
        byte[] raw = ex.getRequestBody().readAllBytes();
        JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
        ObjectNode out = JSON.createObjectNode();
        if (path.length == 2
                && path[1].equals("policy")
                && ex.getRequestMethod().equals("PUT")) {
            policies.put(model, body);
            respond(ex, 200, body);
        } else if (path.length == 4 && path[3].equals("promotion")) {
            if (!policies.containsKey(model)) {
                respond(ex, 404, out.put("error_code", "RESOURCE_DOES_NOT_EXIST"));
                return;
            }
            boolean promoted = !aliases.containsKey(model + "/champion")
                    && (!judged.contains(model) || beatsNaive(model, path[2], policies.get(model)))
                    && aliases.putIfAbsent(model + "/champion", path[2]) == null;
            respond(
                    ex,
                    200,
                    out.put("modelName", model)
                            .put("version", path[2])
                            .put("status", promoted ? "PROMOTED" : "REJECTED"));
        } else if (path.length == 3 && path[1].equals("canary") && path[2].equals("live-errors")) {
            liveErrors.add(model + " " + body.path("version").asString() + " "
                    + body.path("error").asDouble());
            respond(ex, 200, out.put("modelName", model));
        } else {
            respond(ex, 404, out.put("error_code", "ENDPOINT_NOT_FOUND"));
        }
    }

    /**
     * registry-service's rule for a first version: its run's error by the policy's metric must beat the seasonal-naive
     * forecast on the same origins ({@code baseline_<metric>}) strictly and by the policy's margin; a version without
     * that evidence is rejected.
     */
    private boolean beatsNaive(String model, String version, JsonNode policy) {
        ObjectNode v = versions.get(model + "/" + version);
        Run run = v == null ? null : runs.get(v.path("run_id").asString());
        String metric = policy.path("metricKey").asString("mape");
        if (run == null || !run.metrics().containsKey(metric) || !run.metrics().containsKey("baseline_" + metric)) {
            return false;
        }
        double naive = run.metrics().get("baseline_" + metric);
        double improvement = (naive - run.metrics().get(metric)) / Math.abs(naive) * 100.0;
        return improvement > 0
                && improvement >= policy.path("minImprovementPercent").asDouble(0);
    }

    private String createVersion(String name, String source, String runId) {
        String version =
                "" + counters.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
        versions.put(
                name + "/" + version,
                JSON.createObjectNode()
                        .put("name", name)
                        .put("version", version)
                        .put("source", source)
                        .put("run_id", runId));
        return version;
    }

    private void artifact(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath().substring("/api/2.0/mlflow-artifacts/artifacts/".length());
        if (ex.getRequestMethod().equals("PUT")) {
            artifacts.put(path, ex.getRequestBody().readAllBytes());
            respond(ex, 200, JSON.createObjectNode());
            return;
        }
        artifactGets.add(path);
        byte[] content = artifacts.get(path);
        if (content == null) {
            respond(ex, 404, JSON.createObjectNode().put("error_code", "RESOURCE_DOES_NOT_EXIST"));
            return;
        }
        // as registry-service: the sha256 recorded at upload, which edge devices verify
        ex.getResponseHeaders().add("X-Artifact-Sha256", sha256(content));
        ex.sendResponseHeaders(200, content.length);
        ex.getResponseBody().write(content);
        ex.close();
    }

    /** The lower-case hex SHA-256 of {@code content}. */
    public static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(HttpExchange ex) {
        Map<String, String> q = new ConcurrentHashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String part : raw.split("&")) {
                String[] kv = part.split("=", 2);
                q.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    private static void respond(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
