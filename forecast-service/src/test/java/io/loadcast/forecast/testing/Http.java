package io.loadcast.forecast.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny HTTP client for the integration tests. */
public record Http(int port) {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    public HttpResponse<String> post(String path, String json, boolean withKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (withKey) {
            request.header("X-Api-Key", ForecastIntegrationTest.API_KEY);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Polls until the condition holds or the timeout passes. */
    public static boolean await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }

    /** Trains and waits for the run to end; returns the final run JSON. */
    public JsonNode train(String body) throws Exception {
        HttpResponse<String> started = post("/api/v1/training-runs", body, true);
        if (started.statusCode() != 202) {
            throw new AssertionError("training not accepted: " + started.statusCode() + " " + started.body());
        }
        String id = json(started).path("id").asString();
        JsonNode[] last = new JsonNode[1];
        await(Duration.ofSeconds(180), () -> {
            try {
                last[0] = json(get("/api/v1/training-runs/" + id));
                String status = last[0].path("status").asString();
                return status.equals("SUCCEEDED") || status.equals("FAILED") || status.equals("CANCELLED");
            } catch (Exception e) {
                return false;
            }
        });
        return last[0];
    }
}
