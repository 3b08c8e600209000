package io.loadcast.registry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.mlflow.tracking.MlflowClient;
import org.mlflow.tracking.creds.BasicMlflowHostCreds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The official MLflow Java client pointed at the test server, plus raw HTTP for what that client lacks. */
public final class MlflowTestClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private MlflowTestClient() {}

    /** The client as an MLflow user configures it: tracking URI and MLFLOW_TRACKING_TOKEN. */
    public static MlflowClient mlflow(int port, String token) {
        return new MlflowClient(new BasicMlflowHostCreds("http://localhost:" + port, token));
    }

    public static HttpResponse<String> send(int port, String method, String path, String key, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
