package io.loadcast.guardrail.guard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Posts to the running service over real HTTP. */
final class GuardHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    GuardHttp(int port) {
        this.port = port;
    }

    HttpResponse<String> post(String path, String key, Object body) throws IOException, InterruptedException {
        return postRaw(path, key, "application/json", JSON.writeValueAsBytes(body));
    }

    HttpResponse<String> postRaw(String path, String key, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode postOk(String path, String key, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = post(path, key, body);
        if (response.statusCode() != 200) {
            throw new AssertionError(
                    "expected 200 from " + path + ", got " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    String get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
