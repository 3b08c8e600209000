package io.loadcast.forecast.bindings;

import io.loadcast.forecast.testing.ForecastIntegrationTest;
import io.loadcast.forecast.testing.Http;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** PUT and DELETE of serving bindings with a given key, and the model a forecast was served by. */
record BindingCalls(Http http) {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    HttpResponse<String> put(String series, String body, String key) throws Exception {
        return send(
                HttpRequest.newBuilder(uri("/api/v1/serving-bindings/" + series))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body)),
                key);
    }

    HttpResponse<String> delete(String series, String key) throws Exception {
        return send(
                HttpRequest.newBuilder(uri("/api/v1/serving-bindings/" + series))
                        .DELETE(),
                key);
    }

    /** {@code modelName@modelVersion} of the forecast of {@code series} at {@code origin}. */
    String servedBy(String series, String origin) throws Exception {
        JsonNode f = Http.json(http.post(
                "/api/v1/forecasts",
                "{\"seriesId\":\"" + series + "\",\"origin\":\"" + origin + "\",\"horizon\":4}",
                false));
        return f.path("modelName").asString() + "@" + f.path("modelVersion").asString();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + http.port() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String key) throws Exception {
        if (!key.isEmpty()) {
            request.header("X-Api-Key", key);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String manager() {
        return ForecastIntegrationTest.API_KEY;
    }
}
