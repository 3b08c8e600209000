package io.loadcast.ingest.connectors;

import io.loadcast.ingest.connectors.domain.MalformedResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GETs a JSON document through Spring's {@link RestClient} with connect and read timeouts, a cap on the body size and
 * bounded retries (an unreachable server or a 5xx is tried {@value #RETRIES} more times with back-off). What still
 * fails is a {@link FetchFailedException}; a 4xx is one at once (asking again will not help).
 */
final class JsonFetcher {

    static final int RETRIES = 2;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

    private final RestClient http;
    private final RetryTemplate retry;
    private final JsonMapper json;

    JsonFetcher(JsonMapper json, Duration retryDelay) {
        this.json = json;
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build());
        factory.setReadTimeout(READ_TIMEOUT);
        this.http = RestClient.builder()
                .requestFactory(factory)
                .defaultHeader("User-Agent", "loadcast-ingest")
                .build();
        this.retry = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(RETRIES)
                .delay(retryDelay)
                .multiplier(2)
                .predicate(e -> e instanceof FetchFailedException f && f.retryable)
                .build());
    }

    JsonNode get(URI uri) {
        byte[] body = retry.invoke(() -> fetch(uri));
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw new MalformedResponseException("not JSON: " + e.getOriginalMessage());
        }
    }

    private byte[] fetch(URI uri) {
        try {
            return http.get().uri(uri).accept(MediaType.APPLICATION_JSON).exchange((request, response) -> {
                int status = response.getStatusCode().value();
                if (status != 200) {
                    throw new FetchFailedException("HTTP " + status + " from " + uri.getPath(), status >= 500);
                }
                return readCapped(response.getBody());
            });
        } catch (ResourceAccessException e) {
            throw new FetchFailedException(uri.getHost() + " unreachable: " + e.getMostSpecificCause(), true);
        }
    }

    private static byte[] readCapped(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new MalformedResponseException("answer larger than " + MAX_BODY_BYTES + " bytes");
        }
        return body;
    }

    /** The server could not be reached or answered with an error status; the next pull tries again. */
    static final class FetchFailedException extends RuntimeException {
        private final boolean retryable;

        FetchFailedException(String message, boolean retryable) {
            super(message);
            this.retryable = retryable;
        }
    }
}
