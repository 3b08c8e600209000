package io.loadcast.stack.part;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.IntPredicate;

/** Healthy when an HTTP GET gets a status the predicate accepts. */
public record HttpHealth(URI uri, IntPredicate acceptedStatus) implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** Spring Boot's readiness group: 200 only once the application accepts traffic. */
    public static HttpHealth readiness(int port) {
        return new HttpHealth(URI.create("http://localhost:" + port + "/actuator/health/readiness"), s -> s == 200);
    }

    /** Any HTTP answer at all: an S3 server says 403 to an unsigned request, which still proves it serves. */
    public static HttpHealth anyAnswer(int port) {
        return new HttpHealth(URI.create("http://localhost:" + port + "/"), s -> s > 0);
    }

    @Override
    public boolean isHealthy() {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
        try {
            return acceptedStatus.test(
                    CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
