package io.loadcast.edge;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The part of registry-service's contract the edge client calls, on a JDK HttpServer: {@code registered-models/alias},
 * {@code model-versions/get} (MLflow REST 2.0, 404 RESOURCE_DOES_NOT_EXIST when unknown) and the artifact proxy,
 * which sends the sha256 recorded at upload in {@code X-Artifact-Sha256} as registry-service does.
 */
final class RegistryStandIn implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ARTIFACTS = "/api/2.0/mlflow-artifacts/artifacts/";

    private final Map<String, String> sources = new ConcurrentHashMap<>();
    private final Map<String, String> aliases = new ConcurrentHashMap<>();
    private final Map<String, byte[]> stored = new ConcurrentHashMap<>();
    private final Map<String, String> recordedSha = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile boolean checksums = true;
    private final HttpServer server;

    RegistryStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/2.0/mlflow/", this::api);
        server.createContext(ARTIFACTS, this::artifact);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Stores {@code content} as version {@code version} of {@code model}, recording its sha256 as the registry does. */
    void register(String model, String version, byte[] content) {
        String path = "0/run-" + model + "-" + version + "/artifacts/model/model.zip";
        stored.put(path, content);
        recordedSha.put(path, Champions.sha256(content));
        sources.put(model + "/" + version, "mlflow-artifacts:/" + path);
    }

    /** Replaces the stored bytes of a version without updating the recorded sha256 (a corrupted store object). */
    void corrupt(String model, String version, byte[] content) {
        stored.put(sources.get(model + "/" + version).replaceFirst("^mlflow-artifacts:/*", ""), content);
    }

    /** Registers a version whose source is {@code source} as given. */
    void registerSource(String model, String version, String source) {
        sources.put(model + "/" + version, source);
    }

    void setChampion(String model, String version) {
        aliases.put(model, version);
    }

    /** Whether artifact downloads carry {@code X-Artifact-Sha256} (an older or misconfigured registry sends none). */
    void sendChecksums(boolean send) {
        checksums = send;
    }

    /** Every request path received, in order. */
    List<String> requests() {
        return requests;
    }

    private void api(HttpExchange ex) throws IOException {
        requests.add(ex.getRequestURI().getPath());
        String op = ex.getRequestURI().getPath().substring("/api/2.0/mlflow/".length());
        Map<String, String> q = query(ex.getRequestURI());
        String model = q.getOrDefault("name", "");
        String version = switch (op) {
            case "registered-models/alias" -> "champion".equals(q.get("alias")) ? aliases.get(model) : null;
            case "model-versions/get" -> q.get("version");
            default -> null;
        };
        String source = version == null ? null : sources.get(model + "/" + version);
        if (source == null) {
            respond(ex, 404, JSON.createObjectNode().put("error_code", "RESOURCE_DOES_NOT_EXIST"));
            return;
        }
        ObjectNode out = JSON.createObjectNode();
        out.putObject("model_version")
                .put("name", model)
                .put("version", version)
                .put("source", source)
                .put("run_id", "run-" + version);
        respond(ex, 200, out);
    }

    private void artifact(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath().substring(ARTIFACTS.length());
        requests.add(ARTIFACTS + path);
        byte[] content = stored.get(path);
        if (content == null) {
            respond(ex, 404, JSON.createObjectNode().put("error_code", "RESOURCE_DOES_NOT_EXIST"));
            return;
        }
        if (checksums) {
            ex.getResponseHeaders().add("X-Artifact-Sha256", recordedSha.get(path));
        }
        ex.sendResponseHeaders(200, content.length);
        ex.getResponseBody().write(content);
        ex.close();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> q = new ConcurrentHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String part : uri.getRawQuery().split("&")) {
                String[] kv = part.split("=", 2);
                q.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    private static void respond(HttpExchange ex, int status, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
