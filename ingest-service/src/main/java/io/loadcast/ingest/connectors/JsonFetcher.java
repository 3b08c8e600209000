package io.loadcast.ingest.connectors;

import io.loadcast.ingest.connectors.domain.MalformedResponseException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GETs a JSON document: an unreachable server or an error status is a {@link FetchFailedException}. */
final class JsonFetcher {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final JsonMapper json;

    JsonFetcher(JsonMapper json) {
        this.json = json;
    }

    JsonNode get(URI uri) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(TIMEOUT)
                            .header("Accept", "application/json")
                            .header("User-Agent", "loadcast-ingest")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new FetchFailedException(uri.getHost() + " unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailedException("interrupted");
        }
        if (response.statusCode() != 200) {
            throw new FetchFailedException("HTTP " + response.statusCode() + " from " + uri.getPath());
        }
        try {
            return json.readTree(response.body());
        } catch (JacksonException e) {
            throw new MalformedResponseException("not JSON: " + e.getOriginalMessage());
        }
    }

    /** The server could not be reached or answered with an error status; the next pull tries again. */
    static final class FetchFailedException extends RuntimeException {
        FetchFailedException(String message) {
            super(message);
        }
    }
}
