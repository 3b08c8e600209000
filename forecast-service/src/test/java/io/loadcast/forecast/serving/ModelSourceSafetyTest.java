package io.loadcast.forecast.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.loadcast.forecast.testing.RunningServiceTest;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, finding 1: a version whose {@code source} points at some listener must not make forecast-service send
 * its registry key there (nor fetch it at all), and a version that fails to load is not fetched again by every
 * keyless forecast request.
 */
class ModelSourceSafetyTest extends RunningServiceTest {

    private HttpServer listener;
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listen() throws Exception {
        listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/", ex -> {
            received.add(ex.getRequestURI() + " key=" + ex.getRequestHeaders().getFirst("X-Api-Key"));
            byte[] body = "not a model".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        listener.start();
    }

    @AfterEach
    void stop() {
        listener.stop(0);
    }

    @Test
    void neverSendsTheRegistryKeyToAVersionsForeignSource() throws Exception {
        String model = ModelNames.forSeries("LEAK");
        String version = registry.registerSource(
                model, "http://127.0.0.1:" + listener.getAddress().getPort() + "/steal");
        registry.setAlias(model, "champion", version);

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> answer =
                    http.post("/api/v1/forecasts", "{\"seriesId\":\"LEAK\",\"horizon\":4}", false);
            assertThat(answer.statusCode()).as(answer.body()).isGreaterThanOrEqualTo(400);
        }

        assertThat(received).as("requests that reached the foreign source").isEmpty();
    }

    @Test
    void doesNotFetchAVersionThatFailedToLoadOnEveryRequest() throws Exception {
        String model = ModelNames.forSeries("BROKEN");
        String version = registry.registerRaw(model, "not a zip".getBytes(StandardCharsets.UTF_8));
        registry.setAlias(model, "champion", version);
        int before = registry.artifactGets().size();

        for (int i = 0; i < 5; i++) {
            http.post("/api/v1/forecasts", "{\"seriesId\":\"BROKEN\",\"horizon\":4}", false);
        }

        assertThat(registry.artifactGets().size() - before)
                .as("downloads of the broken artifact for 5 keyless requests")
                .isEqualTo(1);
    }
}
