package io.loadcast.rag;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to the service under test, with or without the test API key. */
public final class ApiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    public ApiClient(int port) {
        this.port = port;
    }

    /** The status and parsed body of a response. */
    public record Reply(int status, JsonNode body, String contentType) {}

    public Reply post(String path, Object body) throws IOException, InterruptedException {
        return send(request(path)
                .header("X-Api-Key", RagTestEnvironment.KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Reply postWithoutKey(String path, Object body) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    Reply multipart(String path, String boundary, byte[] body) throws IOException, InterruptedException {
        return send(request(path)
                .header("X-Api-Key", RagTestEnvironment.KEY)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Reply delete(String path) throws IOException, InterruptedException {
        return send(request(path).header("X-Api-Key", RagTestEnvironment.KEY).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        return new Reply(
                response.statusCode(),
                body,
                response.headers().firstValue("Content-Type").orElse(""));
    }
}
